namespace TriThuc.Modules.Science.Councils;

public sealed class ScienceCouncilInputType : InputObjectGraphType<CouncilInput>
{
    public ScienceCouncilInputType()
    {
        Name = "ScienceCouncilInput";
        Description = "Thành lập hội đồng thẩm định hoặc nghiệm thu cho một đề tài.";
        Field(c => c.ProjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đề tài.");
        Field<NonNullGraphType<EnumType<CouncilKind>>>("kind").Description("Loại hội đồng.");
        Field(c => c.Name).Description("Tên hội đồng.");
        Field(c => c.FormedOn, type: typeof(DateOnlyGraphType)).Description("Ngày thành lập (mặc định: hôm nay).");
    }
}

public sealed class ScienceCouncilMemberInputType : InputObjectGraphType<CouncilMemberInput>
{
    public ScienceCouncilMemberInputType()
    {
        Name = "ScienceCouncilMemberInput";
        Description = "Một thành viên hội đồng: chọn một trí thức (intellectualId) hoặc nhập chuyên gia bên ngoài (expertName, expertOrganisation).";
        Field(m => m.IntellectualId, type: typeof(IdGraphType)).Description("Trí thức trong cơ sở dữ liệu.");
        Field(m => m.ExpertName, nullable: true).Description("Họ tên chuyên gia bên ngoài.");
        Field(m => m.ExpertOrganisation, nullable: true).Description("Cơ quan của chuyên gia bên ngoài.");
        Field<NonNullGraphType<EnumType<CouncilRole>>>("role").Description("Vai trò.");
    }
}

public sealed class ScienceCouncilFilterType : InputObjectGraphType<CouncilFilter>
{
    public ScienceCouncilFilterType()
    {
        Name = "ScienceCouncilFilter";
        Description = "Bộ lọc danh sách hội đồng.";
        Field(f => f.ProjectId, type: typeof(IdGraphType)).Description("Đề tài.");
        Field<EnumType<CouncilKind>>("kind").Description("Loại hội đồng.");
        Field(f => f.IntellectualId, type: typeof(IdGraphType)).Description("Hội đồng có trí thức này là thành viên.");
    }
}
