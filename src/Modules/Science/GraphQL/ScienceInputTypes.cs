using GraphQL.Types;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.GraphQL;

public sealed class ScienceProjectInputType : InputObjectGraphType<ProjectInput>
{
    public ScienceProjectInputType()
    {
        Name = "ScienceProjectInput";
        Description = "Thông tin đề xuất một đề tài.";
        Field(p => p.Code).Description("Mã đề tài, duy nhất.");
        Field(p => p.Title).Description("Tên đề tài.");
        Field<NonNullGraphType<ScienceProjectLevelType>>("level").Description("Cấp đề tài.");
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

public sealed class ProjectApplicationInputType : InputObjectGraphType<ProjectApplicationInput>
{
    public ProjectApplicationInputType()
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
        Field<ScienceProjectStatusType>("status").Description("Trạng thái.");
        Field<ScienceProjectLevelType>("level").Description("Cấp đề tài.");
        Field(f => f.FieldCode, nullable: true).Description("Mã lĩnh vực.");
        Field(f => f.HostUnitId, type: typeof(IdGraphType)).Description("Tổ chức chủ trì.");
        Field(f => f.LeadId, type: typeof(IdGraphType)).Description("Chủ nhiệm đề tài.");
        Field(f => f.Year, nullable: true).Description("Đề tài có thời gian thực hiện dự kiến trong năm này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo mã hoặc tên, không phân biệt dấu: \"lua\" tìm được \"Lúa\".");
    }
}

public sealed class CouncilInputType : InputObjectGraphType<CouncilInput>
{
    public CouncilInputType()
    {
        Name = "ScienceCouncilInput";
        Description = "Thành lập hội đồng thẩm định hoặc nghiệm thu cho một đề tài.";
        Field(c => c.ProjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đề tài.");
        Field<NonNullGraphType<CouncilKindType>>("kind").Description("Loại hội đồng.");
        Field(c => c.Name).Description("Tên hội đồng.");
        Field(c => c.FormedOn, type: typeof(DateOnlyGraphType)).Description("Ngày thành lập (mặc định: hôm nay).");
    }
}

public sealed class CouncilMemberInputType : InputObjectGraphType<CouncilMemberInput>
{
    public CouncilMemberInputType()
    {
        Name = "ScienceCouncilMemberInput";
        Description = "Một thành viên hội đồng: chọn một trí thức (intellectualId) hoặc nhập chuyên gia bên ngoài (expertName, expertOrganisation).";
        Field(m => m.IntellectualId, type: typeof(IdGraphType)).Description("Trí thức trong cơ sở dữ liệu.");
        Field(m => m.ExpertName, nullable: true).Description("Họ tên chuyên gia bên ngoài.");
        Field(m => m.ExpertOrganisation, nullable: true).Description("Cơ quan của chuyên gia bên ngoài.");
        Field<NonNullGraphType<CouncilRoleType>>("role").Description("Vai trò.");
    }
}

public sealed class CouncilFilterType : InputObjectGraphType<CouncilFilter>
{
    public CouncilFilterType()
    {
        Name = "ScienceCouncilFilter";
        Description = "Bộ lọc danh sách hội đồng.";
        Field(f => f.ProjectId, type: typeof(IdGraphType)).Description("Đề tài.");
        Field<CouncilKindType>("kind").Description("Loại hội đồng.");
        Field(f => f.IntellectualId, type: typeof(IdGraphType)).Description("Hội đồng có trí thức này là thành viên.");
    }
}

public sealed class ContributionInputType : InputObjectGraphType<ContributionInput>
{
    public ContributionInputType()
    {
        Name = "FundContributionInput";
        Description = "Một khoản vốn góp vào Quỹ.";
        Field<NonNullGraphType<FundSourceType>>("source").Description("Nguồn vốn.");
        Field(c => c.Contributor).Description("Bên góp vốn.");
        Field(c => c.Amount).Description("Số tiền (đồng).");
        Field(c => c.ReceivedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nhận.");
    }
}

public sealed class FundCallInputType : InputObjectGraphType<FundCallInput>
{
    public FundCallInputType()
    {
        Name = "FundCallInput";
        Description = "Một đợt gọi hồ sơ đề nghị tài trợ.";
        Field(c => c.Code).Description("Mã đợt, duy nhất.");
        Field(c => c.Title).Description("Tên đợt.");
        Field(c => c.OpensOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày mở nhận hồ sơ.");
        Field(c => c.ClosesOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày đóng nhận hồ sơ.");
        Field(c => c.Budget).Description("Ngân sách của đợt (đồng).");
    }
}

public sealed class FundApplicationInputType : InputObjectGraphType<FundApplicationInput>
{
    public FundApplicationInputType()
    {
        Name = "FundApplicationInput";
        Description = "Một hồ sơ đề nghị tài trợ.";
        Field(a => a.CallId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đợt gọi hồ sơ.");
        Field(a => a.Title).Description("Tên hồ sơ.");
        Field(a => a.ApplicantName).Description("Bên đề nghị.");
        Field(a => a.ApplicantUnitId, type: typeof(IdGraphType)).Description("Đơn vị đề nghị (trong cơ sở dữ liệu trí thức).");
        Field(a => a.ApplicantIntellectualId, type: typeof(IdGraphType)).Description("Trí thức đề nghị.");
        Field(a => a.RequestedAmount).Description("Số tiền đề nghị (đồng).");
        Field(a => a.SubmittedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nộp.");
    }
}

public sealed class InitiativeInputType : InputObjectGraphType<InitiativeInput>
{
    public InitiativeInputType()
    {
        Name = "InitiativeInput";
        Description = "Một sáng kiến hoặc sáng chế.";
        Field<NonNullGraphType<InitiativeKindType>>("kind").Description("Sáng kiến hay sáng chế.");
        Field(i => i.Title).Description("Tên.");
        Field(i => i.Number, nullable: true).Description("Số bằng, số giấy chứng nhận.");
        Field<NonNullGraphType<RecognitionLevelType>>("level").Description("Cấp công nhận.");
        Field(i => i.Year).Description("Năm công nhận.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("holderIds").Description("Tác giả, chủ sở hữu (hồ sơ trí thức), ít nhất một người.");
    }
}

public sealed class InitiativeFilterType : InputObjectGraphType<InitiativeFilter>
{
    public InitiativeFilterType()
    {
        Name = "InitiativeFilter";
        Description = "Bộ lọc danh sách sáng kiến, sáng chế.";
        Field<InitiativeKindType>("kind").Description("Sáng kiến hay sáng chế.");
        Field<RecognitionLevelType>("level").Description("Cấp công nhận.");
        Field(f => f.Year, nullable: true).Description("Năm công nhận.");
        Field(f => f.HolderId, type: typeof(IdGraphType)).Description("Của trí thức này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu.");
    }
}

public sealed class FundCallFilterType : InputObjectGraphType<FundCallFilter>
{
    public FundCallFilterType()
    {
        Name = "FundCallFilter";
        Description = "Bộ lọc danh sách đợt gọi hồ sơ; các điều kiện kết hợp với nhau (và).";
        Field<FundCallStatusType>("status").Description("Tình trạng hôm nay.");
        Field(f => f.Year, nullable: true).Description("Đợt có thời gian nhận hồ sơ trong năm này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo mã đợt, không phân biệt hoa thường.");
    }
}

public sealed class FundContributionFilterType : InputObjectGraphType<FundContributionFilter>
{
    public FundContributionFilterType()
    {
        Name = "FundContributionFilter";
        Description = "Bộ lọc vốn góp vào Quỹ; các điều kiện kết hợp với nhau (và).";
        Field<FundSourceType>("source").Description("Nguồn vốn.");
        Field(f => f.From, type: typeof(DateOnlyGraphType)).Description("Nhận từ ngày này.");
        Field(f => f.To, type: typeof(DateOnlyGraphType)).Description("Nhận đến hết ngày này.");
    }
}
