using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Lecturers;

public sealed class UniversityLecturerWorkloadType : ObjectGraphType<LecturerWorkload>
{
    public UniversityLecturerWorkloadType()
    {
        Name = "UniversityLecturerWorkload";
        Description = "Khối lượng công việc một năm học của một giảng viên phân hiệu (Thông tư 20/2020/TT-BGDĐT), với đánh giá so với định mức.";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", w => w.PersonId).Description("Giảng viên (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(w => w.AcademicYear).Description("Năm học, theo năm bắt đầu: 2025 là năm học 2025–2026 (01/8/2025 – 31/7/2026).");
        Field(w => w.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị thuộc phân hiệu của giảng viên khi ghi nhận.");
        Field(w => w.WorkingHours).Description($"Số giờ làm việc trong năm học (định mức {LecturerWorkloadRules.NormWorkingHours:N0} giờ).");
        Field(w => w.TeachingNorm).Description("Định mức giờ chuẩn giảng dạy.");
        Field(w => w.TeachingHours).Description("Số giờ chuẩn đã giảng dạy.");
        Field(w => w.ResearchHours).Description("Số giờ nghiên cứu khoa học (tối thiểu một phần ba số giờ làm việc).");
        Field(w => w.IsProbationary).Description("Giảng viên trong thời gian tập sự (được miễn định mức).");
        Field<NonNullGraphType<UniversityWorkloadAssessmentType>>("assessment").Description("Đánh giá năm học so với định mức: đánh giá một người, cần quyền đọc dữ liệu cá nhân.")
            .Resolve(c => c.RequestServices!.GetRequiredService<LecturerWorkloadLoaders>().QualifyingOutputs
                .Load((c.Source.PersonId, LecturerWorkloadRules.OutputYearOf(c.Source.AcademicYear)))
                .Then(outputs => LecturerWorkloadRules.Assess(c.Source, outputs))).Sensitive();
    }
}

public sealed class UniversityWorkloadAssessmentType : ObjectGraphType<WorkloadAssessment>
{
    public UniversityWorkloadAssessmentType()
    {
        Name = "UniversityWorkloadAssessment";
        Description = "Đánh giá một năm học của giảng viên so với Thông tư 20/2020/TT-BGDĐT. Không có id: là một phần của khối lượng công việc năm học.";
        Field(a => a.QualifyingOutputs).Description("Số kết quả nghiên cứu được tính cho năm học (đề tài cấp cơ sở, bài báo có ISSN, báo cáo hội thảo) của năm bắt đầu năm học.");
        Field(a => a.TeachingNormMet).Description("Số giờ chuẩn đã giảng đạt định mức.");
        Field(a => a.ResearchShareMet).Description("Thời gian nghiên cứu khoa học đạt tối thiểu một phần ba thời gian làm việc.");
        Field(a => a.MinimumOutputMet).Description("Có ít nhất một kết quả nghiên cứu tối thiểu trong năm.");
        Field(a => a.Exempt).Description("Giảng viên tập sự: được miễn, không tính là chưa đạt.");
        Field(a => a.MeetsObligations).Description("Hoàn thành nhiệm vụ năm học (hoặc được miễn).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("shortfalls").Description("Những điểm chưa đạt, bằng lời.")
            .Resolve(c => c.Source.Shortfalls);
    }
}

public sealed class UniversityLecturerWorkloadInputType : InputObjectGraphType<LecturerWorkloadInput>
{
    public UniversityLecturerWorkloadInputType()
    {
        Name = "UniversityLecturerWorkloadInput";
        Description = "Khối lượng công việc một năm học của một giảng viên; ghi lại cùng năm học thì sửa bản đã ghi.";
        Field(w => w.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Giảng viên: trí thức làm việc tại một đơn vị thuộc phân hiệu.");
        Field(w => w.AcademicYear).Description("Năm học, theo năm bắt đầu (2025 là 2025–2026).");
        Field(w => w.WorkingHours, nullable: true).Description($"Số giờ làm việc trong năm học, mặc định {LecturerWorkloadRules.NormWorkingHours:N0}.");
        Field(w => w.TeachingNorm).Description($"Định mức giờ chuẩn giảng dạy, từ {LecturerWorkloadRules.MinTeachingNorm} đến {LecturerWorkloadRules.MaxTeachingNorm}.");
        Field(w => w.TeachingHours).Description("Số giờ chuẩn đã giảng dạy.");
        Field(w => w.ResearchHours).Description("Số giờ nghiên cứu khoa học.");
        Field(w => w.IsProbationary, nullable: true).Description("Giảng viên trong thời gian tập sự.");
    }
}

public sealed class UniversityLecturerWorkloadFilterType : InputObjectGraphType<LecturerWorkloadFilter>
{
    public UniversityLecturerWorkloadFilterType()
    {
        Name = "UniversityLecturerWorkloadFilter";
        Description = "Bộ lọc khối lượng công việc giảng viên; các điều kiện kết hợp với nhau (và).";
        Field(f => f.AcademicYear, nullable: true).Description("Năm học (năm bắt đầu).");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Giảng viên.");
        Field(f => f.UnitId, type: typeof(IdGraphType)).Description("Đơn vị.");
        Field(f => f.IsProbationary, nullable: true).Description("Tập sự hay không.");
    }
}
