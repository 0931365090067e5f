namespace TriThuc.Modules.Science.Projects;

public sealed class ScienceProjectInputType : InputObjectGraphType<ProjectInput>
{
    public ScienceProjectInputType()
    {
        Name = "ScienceProjectInput";
        Description = "Thông tin đề xuất một đề tài.";
        Field(p => p.Code).Description("Mã đề tài, duy nhất.");
        Field(p => p.Title).Description("Tên đề tài.");
        Field<NonNullGraphType<EnumType<ProjectLevel>>>("level").Description("Cấp đề tài.");
        Field(p => p.FieldCode).Description("Mã lĩnh vực (danh mục expertiseFields).");
        Field(p => p.LeadId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Chủ nhiệm đề tài (hồ sơ trí thức).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("memberIds").Description("Thành viên thực hiện (hồ sơ trí thức).");
        Field(p => p.HostUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Tổ chức chủ trì (đơn vị đang hoạt động).");
        Field(p => p.StateBudget).Description("Kinh phí từ ngân sách nhà nước (đồng).");
        Field(p => p.OtherBudget).Description("Kinh phí từ nguồn khác (đồng).");
        Field(p => p.PlannedStart, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu dự kiến.");
        Field(p => p.PlannedEnd, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc dự kiến.");
        Field(p => p.ProposedOn, type: typeof(DateOnlyGraphType)).Description("Ngày đề xuất (mặc định: hôm nay).");
    }
}

public sealed class ScienceProjectApplicationInputType : InputObjectGraphType<ProjectApplicationInput>
{
    public ScienceProjectApplicationInputType()
    {
        Name = "ScienceProjectApplicationInput";
        Description = "Kết quả đề tài được ứng dụng vào thực tiễn.";
        Field(a => a.Place).Description("Nơi ứng dụng.");
        Field(a => a.Scale).Description("Quy mô ứng dụng.");
        Field(a => a.Effect).Description("Hiệu quả.");
        Field(a => a.On, type: typeof(DateOnlyGraphType)).Description("Ngày ghi nhận (mặc định: hôm nay).");
        Field(a => a.Reason, nullable: true).Description("Ghi chú.");
    }
}

public sealed class ScienceProjectFilterType : InputObjectGraphType<ProjectFilter>
{
    public ScienceProjectFilterType()
    {
        Name = "ScienceProjectFilter";
        Description = "Bộ lọc danh sách đề tài; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<ProjectStatus>>("status").Description("Trạng thái.");
        Field<EnumType<ProjectLevel>>("level").Description("Cấp đề tài.");
        Field(f => f.FieldCode, nullable: true).Description("Mã lĩnh vực.");
        Field(f => f.HostUnitId, type: typeof(IdGraphType)).Description("Tổ chức chủ trì.");
        Field(f => f.LeadId, type: typeof(IdGraphType)).Description("Chủ nhiệm đề tài.");
        Field(f => f.Year, nullable: true).Description("Đề tài có thời gian thực hiện dự kiến trong năm này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo mã hoặc tên, không phân biệt dấu: \"lua\" tìm được \"Lúa\".");
    }
}
