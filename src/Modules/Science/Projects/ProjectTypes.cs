using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Councils;

namespace TriThuc.Modules.Science.Projects;

public sealed class ScienceProjectType : ObjectGraphType<ScienceProject>
{
    public ScienceProjectType()
    {
        Name = "ScienceProject";
        Description = "Một đề tài, nhiệm vụ khoa học và công nghệ.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Code).Description("Mã đề tài.");
        Field(p => p.Title).Description("Tên đề tài.");
        Field<NonNullGraphType<EnumType<ProjectLevel>>>("level").Description("Cấp đề tài.").Resolve(c => c.Source.Level);
        Field(p => p.FieldCode).Description("Mã lĩnh vực (danh mục lĩnh vực của cơ sở dữ liệu trí thức).");
        this.PersonField("lead", p => p.LeadId).Description("Chủ nhiệm đề tài.");
        this.PeopleField("members", p => p.Members.Select(m => m.IntellectualId)).Description("Thành viên thực hiện (không kể chủ nhiệm).");
        Field(p => p.HostUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Tổ chức chủ trì (đơn vị trong cơ sở dữ liệu trí thức).");
        Field<StringGraphType>("hostUnitName").Description("Tên tổ chức chủ trì.")
            .ResolveAsync(async (ScienceLoaders loaders, FieldArgs a) => (await loaders.UnitAsync(a.Source<ScienceProject>().HostUnitId, a.Cancellation))?.Name);
        Field(p => p.StateBudget).Description("Kinh phí từ ngân sách nhà nước (đồng).");
        Field(p => p.OtherBudget).Description("Kinh phí từ nguồn khác (đồng).");
        Field<NonNullGraphType<LongGraphType>>("totalBudget").Description("Tổng kinh phí (đồng).").Resolve(c => c.Source.StateBudget + c.Source.OtherBudget);
        Field(p => p.PlannedStart, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu dự kiến.");
        Field(p => p.PlannedEnd, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc dự kiến.");
        Field<NonNullGraphType<EnumType<ProjectStatus>>>("status").Description("Trạng thái hiện tại.").Resolve(c => c.Source.Status);
        Field(p => p.StatusSince, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày của lần chuyển trạng thái gần nhất.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumType<ProjectStatus>>>>>("allowedNextStatuses")
            .Description("Các trạng thái có thể chuyển tới từ trạng thái hiện tại.")
            .Resolve(c => ProjectLifecycle.Allowed[c.Source.Status]);
        Field<EnumType<AcceptanceGrade>>("grade").Description("Xếp loại nghiệm thu (khi nghiệm thu đạt).").Resolve(c => c.Source.Grade);
        Field<ScienceProjectApplicationType>("application").Description("Kết quả ứng dụng vào thực tiễn.").Resolve(c => c.Source.Application);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceProjectTransitionType>>>>("transitions")
            .Description("Lịch sử chuyển trạng thái: ai, khi nào, vì sao; cũ nhất trước.")
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.TransitionsByProject.Load(a.SourceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceCouncilType>>>>("councils")
            .Description("Hội đồng thẩm định và hội đồng nghiệm thu của đề tài.")
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.CouncilsByProject.Load(a.SourceId));
    }
}

public sealed class ScienceProjectApplicationType : ObjectGraphType<ProjectApplication>
{
    public ScienceProjectApplicationType()
    {
        Name = "ScienceProjectApplication";
        Description = "Kết quả đề tài được ứng dụng vào thực tiễn. Không có id: là một phần của đề tài chứa nó.";
        Field(a => a.Place).Description("Nơi ứng dụng.");
        Field(a => a.Scale).Description("Quy mô ứng dụng.");
        Field(a => a.Effect).Description("Hiệu quả.");
        Field(a => a.AppliedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày ghi nhận.");
    }
}

public sealed class ScienceProjectTransitionType : ObjectGraphType<ProjectTransition>
{
    public ScienceProjectTransitionType()
    {
        Name = "ScienceProjectTransition";
        Description = "Một lần chuyển trạng thái đề tài.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<EnumType<ProjectStatus>>("from").Description("Trạng thái trước (trống với lần đề xuất).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<EnumType<ProjectStatus>>>("to").Description("Trạng thái mới.").Resolve(c => c.Source.To);
        Field(t => t.On, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày quyết định có hiệu lực.");
        Field(t => t.ChangedBy).Description("Người ghi nhận.");
        Field(t => t.RecordedAt).Description("Thời điểm ghi nhận.");
        Field(t => t.Reason, nullable: true).Description("Lý do.");
    }
}
