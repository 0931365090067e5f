namespace TriThuc.Modules.Science.Projects;

/// <summary>Science projects: the list, one project, a proposal, each step of the lifecycle, and a person's projects.</summary>
internal sealed class ProjectFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<ScienceProjectType>("scienceProjects")
            .Description("Danh sách đề tài, nhiệm vụ khoa học và công nghệ, có lọc và phân trang (theo mã đề tài).")
            .Argument<ScienceProjectFilterType>("filter")
            .Argument<EnumType<ProjectOrder>>("orderBy", "Thứ tự (mặc định: theo mã đề tài).")
            .Access(FieldAccess.Records)
            .Page((ProjectQueryService projects, FieldArgs a) => projects.Query(a.Filter<ProjectFilter>(), a.Get("orderBy", ProjectOrder.CodeAscending)));
        graphql.Query.Field<ScienceProjectType>("scienceProject")
            .Description("Một đề tài.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.Projects.Load(a.Id));

        graphql.Mutation.Field<NonNullGraphType<ScienceProjectType>>("proposeScienceProject")
            .Description("Đề xuất một đề tài (trạng thái Đề xuất).")
            .Argument<NonNullGraphType<ScienceProjectInputType>>("input")
            .Writes()
            .ResolveAsync((ProjectService projects, FieldArgs a) => projects.ProposeAsync(a.Input<ProjectInput>(), a.Cancellation));
        Step(graphql, "submitScienceProjectForAppraisal", "Đưa đề tài ra thẩm định.",
            (projects, a, on, reason) => projects.SubmitForAppraisalAsync(a.Id, on, reason, a.Cancellation));
        Step(graphql, "approveScienceProject", "Phê duyệt đề tài; cần hội đồng thẩm định kết luận đạt.",
            (projects, a, on, reason) => projects.ApproveAsync(a.Id, on, reason, a.Cancellation));
        Step(graphql, "rejectScienceProject", "Không phê duyệt đề tài; bắt buộc nêu lý do.",
            (projects, a, on, reason) => projects.RejectAsync(a.Id, on, reason, a.Cancellation));
        Step(graphql, "startScienceProject", "Bắt đầu thực hiện đề tài đã được phê duyệt.",
            (projects, a, on, reason) => projects.StartAsync(a.Id, on, reason, a.Cancellation));
        Step(graphql, "submitScienceProjectForAcceptance", "Đưa đề tài ra nghiệm thu.",
            (projects, a, on, reason) => projects.SubmitForAcceptanceAsync(a.Id, on, reason, a.Cancellation));
        Step(graphql, "acceptScienceProject", "Nghiệm thu đạt, với xếp loại; cần hội đồng nghiệm thu kết luận đạt.",
                (projects, a, on, reason) => projects.AcceptAsync(a.Id, a.Get<AcceptanceGrade>("grade"), on, reason, a.Cancellation))
            .Argument<NonNullGraphType<EnumType<AcceptanceGrade>>>("grade", "Xếp loại nghiệm thu.");
        Step(graphql, "failScienceProject", "Nghiệm thu không đạt; bắt buộc nêu lý do.",
            (projects, a, on, reason) => projects.FailAsync(a.Id, on, reason, a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceProjectType>>("recordScienceProjectApplication")
            .Description("Ghi nhận kết quả đề tài đã nghiệm thu được ứng dụng vào thực tiễn: nơi, quy mô, hiệu quả.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ScienceProjectApplicationInputType>>("input")
            .Writes()
            .ResolveAsync((ProjectService projects, FieldArgs a) => projects.RecordApplicationAsync(a.Id, a.Input<ProjectApplicationInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceProjectType>>>>("scienceProjects")
            .Description("Đề tài khoa học và công nghệ người này chủ nhiệm hoặc tham gia.")
            .Access(FieldAccess.Records)
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.ProjectsByPerson.Load(a.SourceId));
    }

    /// <summary>One mutation per step of the lifecycle; which step may follow which is <see cref="ProjectLifecycle"/>'s alone.</summary>
    private static GraphQL.Builders.FieldBuilder<object?, object> Step(
        GraphQLContribution graphql, string name, string description,
        Func<ProjectService, FieldArgs, DateOnly?, string?, Task<ScienceProject>> move) =>
        graphql.Mutation.Field<NonNullGraphType<ScienceProjectType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Đề tài.")
            .Argument<DateOnlyGraphType>("on", "Ngày quyết định có hiệu lực (mặc định: hôm nay).")
            .Argument<StringGraphType>("reason", "Lý do, căn cứ (số quyết định...).")
            .Writes()
            .ResolveAsync((ProjectService projects, FieldArgs a) => move(projects, a, a.Get<DateOnly?>("on"), a.Get<string?>("reason")));
}
