using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Careers;

public sealed class QualificationInputType : InputObjectGraphType<QualificationInput>
{
    public QualificationInputType()
    {
        Name = "QualificationInput";
        Description = "Một văn bằng chuyên môn.";
        Field<NonNullGraphType<EnumType<Degree>>>("degree").Description("Trình độ.");
        Field(q => q.Field).Description("Ngành đào tạo.");
        Field(q => q.FieldCode, nullable: true).Description("Lĩnh vực của văn bằng: mã trong danh mục expertiseFields (T3 so với lĩnh vực chức vụ yêu cầu).");
        Field(q => q.Institution, nullable: true).Description("Cơ sở đào tạo.");
        Field(q => q.Country, nullable: true).Description("Nước cấp bằng.");
        Field(q => q.Year).Description("Năm tốt nghiệp.");
    }
}

public sealed class LanguageSkillInputType : InputObjectGraphType<LanguageSkillInput>
{
    public LanguageSkillInputType()
    {
        Name = "LanguageSkillInput";
        Description = "Một ngoại ngữ và bậc năng lực.";
        Field(l => l.Language).Description("Tên ngoại ngữ.");
        Field(l => l.Level).Description("Bậc 1–6 theo khung năng lực ngoại ngữ 6 bậc (A1–C2).");
    }
}

public sealed class LeadershipPositionInputType : InputObjectGraphType<LeadershipPositionInput>
{
    public LeadershipPositionInputType()
    {
        Name = "LeadershipPositionInput";
        Description = "Một chức vụ lãnh đạo, quản lý.";
        Field(p => p.Title).Description("Tên chức vụ.");
        Field<NonNullGraphType<EnumType<PositionLevel>>>("level").Description("Cấp của chức vụ.");
        Field(p => p.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị của chức vụ.");
        Field(p => p.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bổ nhiệm.");
        Field(p => p.EndDate, type: typeof(DateOnlyGraphType)).Description("Ngày thôi giữ chức vụ; trống khi còn giữ.");
        Field<EnumType<Degree>>("requiredDegree").Description("Trình độ chức vụ đòi hỏi, nếu có.");
        Field(p => p.RequiredFieldCode, nullable: true).Description("Lĩnh vực văn bằng chức vụ đòi hỏi, nếu có: mã trong danh mục expertiseFields.");
    }
}

public sealed class TrainingInputType : InputObjectGraphType<TrainingInput>
{
    public TrainingInputType()
    {
        Name = "TrainingInput";
        Description = "Một khóa bồi dưỡng đã tham dự.";
        Field<NonNullGraphType<EnumType<TrainingKind>>>("kind").Description("Loại bồi dưỡng.");
        Field(t => t.Title).Description("Tên khóa.");
        Field(t => t.Provider).Description("Cơ sở bồi dưỡng.");
        Field(t => t.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu.");
        Field(t => t.EndDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc.");
        Field(t => t.Hours).Description("Số giờ học.");
        Field(t => t.Certificate, nullable: true).Description("Số chứng chỉ, giấy chứng nhận.");
    }
}

public sealed class HonourInputType : InputObjectGraphType<HonourInput>
{
    public HonourInputType()
    {
        Name = "HonourInput";
        Description = "Một danh hiệu, khen thưởng.";
        Field(h => h.Year).Description("Năm được trao.");
        Field(h => h.Title).Description("Tên danh hiệu, hình thức khen thưởng.");
        Field(h => h.AwardedBy).Description("Cơ quan khen thưởng.");
    }
}
