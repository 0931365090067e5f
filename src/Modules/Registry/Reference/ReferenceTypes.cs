namespace TriThuc.Modules.Registry.Reference;

public sealed class EthnicGroupType : ObjectGraphType<EthnicGroup>
{
    public EthnicGroupType()
    {
        Name = "EthnicGroup";
        Description = "Một trong 54 dân tộc, theo mã của Tổng cục Thống kê. Khóa: code.";
        Field(g => g.Code).Description("Mã dân tộc (01–54).");
        Field(g => g.Name).Description("Tên dân tộc.");
        Field(g => g.IsMinority).Description("Là dân tộc thiểu số.");
    }
}

public sealed class ExpertiseFieldType : ObjectGraphType<ExpertiseField>
{
    public ExpertiseFieldType()
    {
        Name = "ExpertiseField";
        Description = "Lĩnh vực chuyên môn. Khóa: code.";
        Field(f => f.Code).Description("Mã lĩnh vực.");
        Field(f => f.Name).Description("Tên lĩnh vực.");
    }
}
