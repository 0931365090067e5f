using TriThuc.Modules.Education.Schools;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Assessments;

public sealed class EducationStandardAssessmentType : ObjectGraphType<StandardAssessment>
{
    private const string Personal = " Dữ liệu cá nhân: cần quyền đọc dữ liệu cá nhân, mỗi lần đọc được ghi nhật ký.";

    public EducationStandardAssessmentType()
    {
        Name = "EducationStandardAssessment";
        Description = "Phiếu đánh giá giáo viên theo chuẩn nghề nghiệp (Thông tư 20/2018/TT-BGDĐT) của một năm học: giáo viên tự đánh giá 15 tiêu chí, hiệu trưởng đánh giá sau cùng.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", a => a.PersonId).Description("Giáo viên (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(a => a.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trường nơi giáo viên được đánh giá.");
        Field(a => a.SchoolYear).Description("Năm bắt đầu của năm học (2025 là năm học 2025–2026).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumType<CriterionRating>>>>>("selfRatings")
            .Description("Giáo viên tự đánh giá 15 tiêu chí, theo thứ tự của Thông tư." + Personal)
            .Resolve(c => StandardAssessment.Decode(c.Source.SelfRatings)).Sensitive();
        Field<NonNullGraphType<EnumType<OverallLevel>>>("selfLevel").Description("Xếp loại theo phần tự đánh giá." + Personal)
            .Resolve(c => c.Source.SelfLevel).Sensitive();
        Field<ListGraphType<NonNullGraphType<EnumType<CriterionRating>>>>("finalRatings")
            .Description("Hiệu trưởng đánh giá 15 tiêu chí; trống khi chưa đánh giá." + Personal)
            .Resolve(c => c.Source.FinalRatings is null ? null : StandardAssessment.Decode(c.Source.FinalRatings)).Sensitive();
        Field<EnumType<OverallLevel>>("overallLevel").Description("Xếp loại cuối cùng theo đánh giá của hiệu trưởng; trống khi chưa đánh giá." + Personal)
            .Resolve(c => c.Source.FinalLevel).Sensitive();
        Field(a => a.FinalisedOn, type: typeof(DateOnlyGraphType)).Description("Ngày hiệu trưởng đánh giá; trống khi chưa đánh giá.");
    }
}

public sealed class EducationCoreTeacherCandidateType : ObjectGraphType<CoreTeacherCandidate>
{
    public EducationCoreTeacherCandidateType()
    {
        Name = "EducationCoreTeacherCandidate";
        Description = "Giáo viên có hồ sơ đáp ứng tiêu chuẩn giáo viên cốt cán (Thông tư 20/2018/TT-BGDĐT, Điều 12 khoản 1): từ 5 năm dạy trực tiếp ở cùng cấp học, xếp loại khá trở lên với các tiêu chí tại Điều 5 ở mức tốt. Id là id của phiếu đánh giá.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", c => c.PersonId).Description("Giáo viên.");
        Field<NonNullGraphType<EnumType<SchoolLevel>>>("level").Description("Cấp học đang dạy.").Resolve(c => c.Source.Level);
        Field(c => c.YearsAtLevel).Description("Số năm dạy ở cấp học này đến ngày xét.");
        Field<NonNullGraphType<EducationStandardAssessmentType>>("assessment").Description("Phiếu đánh giá của năm học xét.").Resolve(c => c.Source.Assessment);
    }
}

public sealed class EducationStandardAssessmentInputType : InputObjectGraphType<StandardAssessmentInput>
{
    public EducationStandardAssessmentInputType()
    {
        Name = "EducationStandardAssessmentInput";
        Description = "Đánh giá 15 tiêu chí của một giáo viên cho một năm học.";
        Field(a => a.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Giáo viên.");
        Field(a => a.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trường nơi giáo viên được đánh giá (lấy theo phần tự đánh giá).");
        Field(a => a.SchoolYear).Description($"Năm bắt đầu của năm học (2025 là năm học 2025–2026), từ {StandardAssessmentRules.FirstSchoolYear}.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumType<CriterionRating>>>>>("ratings")
            .Description($"Mức của {OverallLevelRule.CriterionCount} tiêu chí theo thứ tự của Thông tư (tiêu chí 1 trước).");
    }
}

public sealed class EducationStandardAssessmentFilterType : InputObjectGraphType<StandardAssessmentFilter>
{
    public EducationStandardAssessmentFilterType()
    {
        Name = "EducationStandardAssessmentFilter";
        Description = "Bộ lọc danh sách phiếu đánh giá; các điều kiện kết hợp với nhau (và).";
        Field(f => f.SchoolYear, nullable: true).Description("Năm bắt đầu của năm học.");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của giáo viên này.");
        Field(f => f.UnitId, type: typeof(IdGraphType)).Description("Trường hoặc đơn vị, gồm mọi đơn vị trực thuộc.");
    }
}
