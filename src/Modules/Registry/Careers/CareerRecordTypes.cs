using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Careers;

public sealed class QualificationType : ObjectGraphType<Qualification>
{
    public QualificationType()
    {
        Name = "Qualification";
        Description = "Một văn bằng chuyên môn.";
        Field(q => q.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<Degree>>>("degree").Description("Trình độ.").Resolve(c => c.Source.Degree);
        Field(q => q.Field).Description("Ngành đào tạo.");
        Field(q => q.FieldCode, nullable: true).Description("Lĩnh vực của văn bằng (mã trong danh mục expertiseFields).");
        Field(q => q.Institution, nullable: true).Description("Cơ sở đào tạo.");
        Field(q => q.Country, nullable: true).Description("Nước đào tạo.");
        Field(q => q.Year).Description("Năm tốt nghiệp.");
    }
}

public sealed class LanguageSkillType : ObjectGraphType<LanguageSkill>
{
    public LanguageSkillType()
    {
        Name = "LanguageSkill";
        Description = "Một ngoại ngữ và bậc theo khung 6 bậc (1–6 tương ứng A1–C2).";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(l => l.Language).Description("Ngoại ngữ.");
        Field(l => l.Level).Description("Bậc 1–6.");
    }
}

public sealed class LeadershipPositionType : ObjectGraphType<LeadershipPosition>
{
    public LeadershipPositionType()
    {
        Name = "LeadershipPosition";
        Description = "Một chức vụ lãnh đạo, quản lý.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Title).Description("Chức vụ.");
        Field<NonNullGraphType<EnumType<PositionLevel>>>("level").Description("Cấp của chức vụ.").Resolve(c => c.Source.Level);
        Field(p => p.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị.");
        Field(p => p.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(p => p.EndDate, type: typeof(DateOnlyGraphType)).Description("Đến ngày; trống khi đang giữ.");
        Field<EnumType<Degree>>("requiredDegree").Description("Trình độ chuyên môn chức vụ yêu cầu.").Resolve(c => c.Source.RequiredDegree);
        Field(p => p.RequiredFieldCode, nullable: true).Description("Lĩnh vực văn bằng chức vụ yêu cầu (mã trong danh mục expertiseFields).");
    }
}

public sealed class TrainingType : ObjectGraphType<Training>
{
    public TrainingType()
    {
        Name = "Training";
        Description = "Một khóa bồi dưỡng.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<TrainingKind>>>("kind").Description("Loại bồi dưỡng.").Resolve(c => c.Source.Kind);
        Field(t => t.Title).Description("Tên khóa.");
        Field(t => t.Provider).Description("Cơ sở bồi dưỡng.");
        Field(t => t.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu.");
        Field(t => t.EndDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc.");
        Field(t => t.Hours).Description("Số giờ.");
        Field(t => t.Certificate, nullable: true).Description("Số chứng chỉ.");
    }
}

public sealed class HonourType : ObjectGraphType<Honour>
{
    public HonourType()
    {
        Name = "Honour";
        Description = "Một danh hiệu, hình thức khen thưởng.";
        Field(h => h.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(h => h.Year).Description("Năm.");
        Field(h => h.Title).Description("Danh hiệu.");
        Field(h => h.AwardedBy).Description("Cơ quan khen thưởng.");
    }
}
