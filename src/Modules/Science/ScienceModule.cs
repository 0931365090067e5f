using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Data;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.GraphQL;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;
using TriThuc.Modules.Science.Registry;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Paging;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Science;

/// <summary>Sở Khoa học và Công nghệ: science projects and their councils, the innovation investment fund, initiatives and patents.</summary>
public sealed class ScienceModule : ModuleDefinition
{
    public override string Name => "Science";

    public override Type? DbContextType => typeof(ScienceDbContext);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ScienceDbContext>(context);
        services.AddScoped<RegistryReferences>();
        services.AddScoped<ScienceLoaders>();
    }

    public override void ConfigureGraphQL(GraphQLContribution graphql)
    {
        AddProjects(graphql.Query, graphql.Mutation);
        AddProjectLifecycle(graphql.Mutation);
        AddCouncils(graphql.Query, graphql.Mutation);
        AddFund(graphql.Query, graphql.Mutation);
        AddInitiatives(graphql.Query, graphql.Mutation);
        ExtendIntellectual(graphql.Extend("Intellectual"));
    }

    private void AddProjects(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Connection<ScienceProjectType>("scienceProjects")
            .Description("Danh sách đề tài, nhiệm vụ khoa học và công nghệ, có lọc và phân trang (theo mã đề tài).")
            .Argument<ScienceProjectFilterType>("filter")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<ProjectQueryService>(c).Query(c.GetArgument<ProjectFilter?>("filter"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));
        query.Field<ScienceProjectType>("scienceProject")
            .Description("Một đề tài.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .Resolve(c => Service<ScienceLoaders>(c).Projects.Load(c.GetArgument<Guid>("id")));

        mutation.Field<NonNullGraphType<ScienceProjectType>>("proposeScienceProject")
            .Description("Đề xuất một đề tài (trạng thái Đề xuất).")
            .Argument<NonNullGraphType<ScienceProjectInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<ProjectService>(c).CreateAsync(c.GetArgument<ProjectInput>("input"), c.CancellationToken));
    }

    /// <summary>One mutation per step of the lifecycle; which step may follow which is <see cref="ProjectLifecycle"/>'s alone.</summary>
    private void AddProjectLifecycle(ObjectGraphType mutation)
    {
        Step(mutation, "submitProjectForAppraisal", "Đưa đề tài ra thẩm định.", (s, c, on, reason) => s.SubmitForAppraisalAsync(Id(c), on, reason, c.CancellationToken));
        Step(mutation, "approveProject", "Phê duyệt đề tài; cần hội đồng thẩm định kết luận đạt.", (s, c, on, reason) => s.ApproveAsync(Id(c), on, reason, c.CancellationToken));
        Step(mutation, "rejectProject", "Không phê duyệt đề tài; bắt buộc nêu lý do.", (s, c, on, reason) => s.RejectAsync(Id(c), on, reason, c.CancellationToken));
        Step(mutation, "startProject", "Bắt đầu thực hiện đề tài đã được phê duyệt.", (s, c, on, reason) => s.StartAsync(Id(c), on, reason, c.CancellationToken));
        Step(mutation, "submitProjectForAcceptance", "Đưa đề tài ra nghiệm thu.", (s, c, on, reason) => s.SubmitForAcceptanceAsync(Id(c), on, reason, c.CancellationToken));
        Step(mutation, "acceptProject", "Nghiệm thu đạt, với xếp loại; cần hội đồng nghiệm thu kết luận đạt.",
                (s, c, on, reason) => s.AcceptAsync(Id(c), c.GetArgument<AcceptanceGrade>("grade"), on, reason, c.CancellationToken))
            .Argument<NonNullGraphType<AcceptanceGradeType>>("grade", "Xếp loại nghiệm thu.");
        Step(mutation, "failProject", "Nghiệm thu không đạt; bắt buộc nêu lý do.", (s, c, on, reason) => s.FailAsync(Id(c), on, reason, c.CancellationToken));

        mutation.Field<NonNullGraphType<ScienceProjectType>>("recordProjectApplication")
            .Description("Ghi nhận kết quả đề tài đã nghiệm thu được ứng dụng vào thực tiễn: nơi, quy mô, hiệu quả.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ProjectApplicationInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<ProjectService>(c).RecordApplicationAsync(Id(c), c.GetArgument<ProjectApplicationInput>("input"), c.CancellationToken));
    }

    private FieldBuilder<object?, ScienceProject> Step(
        ObjectGraphType mutation, string name, string description,
        Func<ProjectService, IResolveFieldContext, DateOnly?, string?, Task<ScienceProject>> move) =>
        mutation.Field<NonNullGraphType<ScienceProjectType>, ScienceProject>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Đề tài.")
            .Argument<DateOnlyGraphType>("on", "Ngày quyết định có hiệu lực (mặc định: hôm nay).")
            .Argument<StringGraphType>("reason", "Lý do, căn cứ (số quyết định...).")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await move(Service<ProjectService>(c), c, c.GetArgument<DateOnly?>("on"), c.GetArgument<string?>("reason")));

    private void AddCouncils(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Connection<ScienceCouncilType>("scienceCouncils")
            .Description("Danh sách hội đồng thẩm định, nghiệm thu.")
            .Argument<CouncilFilterType>("filter")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<CouncilService>(c).Query(c.GetArgument<CouncilFilter?>("filter"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ScienceCouncilType>>("formCouncil")
            .Description("Thành lập hội đồng thẩm định (khi đề tài đang thẩm định) hoặc nghiệm thu (khi đề tài đang nghiệm thu).")
            .Argument<NonNullGraphType<CouncilInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<CouncilService>(c).FormAsync(c.GetArgument<CouncilInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ScienceCouncilType>>("addCouncilMember")
            .Description("Thêm thành viên hội đồng; chủ nhiệm và thành viên đề tài không được ngồi hội đồng của đề tài.")
            .Argument<NonNullGraphType<IdGraphType>>("councilId")
            .Argument<NonNullGraphType<CouncilMemberInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<CouncilService>(c).SeatAsync(
                c.GetArgument<Guid>("councilId"), c.GetArgument<CouncilMemberInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ScienceCouncilType>>("scoreCouncilMember")
            .Description($"Ghi điểm ({CouncilVerdictRule.MinScore}–{CouncilVerdictRule.MaxScore}) của một thành viên hội đồng.")
            .Argument<NonNullGraphType<IdGraphType>>("councilId")
            .Argument<NonNullGraphType<IdGraphType>>("memberId", "Mã ghế của thành viên (ScienceCouncilSeat.id).")
            .Argument<NonNullGraphType<IntGraphType>>("score")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<CouncilService>(c).ScoreAsync(
                c.GetArgument<Guid>("councilId"), c.GetArgument<Guid>("memberId"), c.GetArgument<int>("score"), c.CancellationToken));
    }

    private void AddFund(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<LongGraphType>>("innovationFundBalance")
            .Description("Số dư Quỹ đầu tư đổi mới sáng tạo vào cuối một ngày (đồng): vốn đã nhận trừ số đã giải ngân.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("on")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync(async c => await Service<FundService>(c).BalanceAsync(c.GetArgument<DateOnly>("on"), c.CancellationToken));
        query.Connection<FundCallType>("fundCalls")
            .Description("Các đợt gọi hồ sơ của Quỹ, mới nhất trước, có lọc.")
            .Argument<FundCallFilterType>("filter")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<FundQueryService>(c).Calls(c.GetArgument<FundCallFilter?>("filter"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));
        query.Connection<CapitalContributionType>("fundContributions")
            .Description("Các khoản vốn góp vào Quỹ, mới nhất trước, lọc theo nguồn và khoảng ngày nhận.")
            .Argument<FundContributionFilterType>("filter")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<FundQueryService>(c).Contributions(c.GetArgument<FundContributionFilter?>("filter"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundCapitalBySourceType>>>>("innovationFundCapital")
            .Description("Vốn Quỹ đã nhận theo từng nguồn (đồng), lọc như fundContributions; nguồn chưa có khoản nào không được liệt kê.")
            .Argument<FundContributionFilterType>("filter")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync(async c => await Service<FundQueryService>(c).CapitalBySourceAsync(c.GetArgument<FundContributionFilter?>("filter"), c.CancellationToken));
        query.Connection<FundApplicationType>("fundApplications")
            .Description("Hồ sơ đề nghị tài trợ.")
            .Argument<IdGraphType>("callId", "Của đợt gọi hồ sơ này.")
            .Argument<FundApplicationStatusType>("status", "Tình trạng.")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<FundQueryService>(c)
                .Applications(c.GetArgument<Guid?>("callId"), c.GetArgument<FundApplicationStatus?>("status"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));
        query.Connection<GrantType>("fundGrants")
            .Description("Các khoản tài trợ của Quỹ.")
            .Argument<IdGraphType>("callId", "Của đợt gọi hồ sơ này.")
            .Argument<IntGraphType>("year", "Quyết định tài trợ trong năm này.")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<FundQueryService>(c)
                .Grants(c.GetArgument<Guid?>("callId"), c.GetArgument<int?>("year"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));

        mutation.Field<NonNullGraphType<CapitalContributionType>>("addFundContribution")
            .Description("Ghi nhận một khoản vốn góp vào Quỹ.")
            .Argument<NonNullGraphType<ContributionInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<FundService>(c).ContributeAsync(c.GetArgument<ContributionInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<FundCallType>>("openFundCall")
            .Description("Mở một đợt gọi hồ sơ đề nghị tài trợ.")
            .Argument<NonNullGraphType<FundCallInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<FundService>(c).OpenCallAsync(c.GetArgument<FundCallInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<FundApplicationType>>("submitFundApplication")
            .Description("Ghi nhận một hồ sơ đề nghị tài trợ, nộp trong thời hạn của đợt.")
            .Argument<NonNullGraphType<FundApplicationInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<FundService>(c).SubmitApplicationAsync(c.GetArgument<FundApplicationInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<FundApplicationType>>("declineFundApplication")
            .Description("Không tài trợ một hồ sơ.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<FundService>(c).DeclineAsync(c.GetArgument<Guid>("applicationId"), c.CancellationToken));
        mutation.Field<NonNullGraphType<GrantType>>("awardFundGrant")
            .Description("Quyết định tài trợ một hồ sơ: không quá số đề nghị và phần còn lại của ngân sách đợt.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .Argument<NonNullGraphType<LongGraphType>>("amount", "Số tiền (đồng).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("awardedOn")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<FundService>(c).AwardAsync(
                c.GetArgument<Guid>("applicationId"), c.GetArgument<long>("amount"), c.GetArgument<DateOnly>("awardedOn"), c.CancellationToken));
        mutation.Field<NonNullGraphType<DisbursementType>>("disburseFundGrant")
            .Description("Giải ngân một phần khoản tài trợ: không vượt phần còn lại của khoản tài trợ, không vượt số dư của Quỹ vào ngày chi và các ngày sau.")
            .Argument<NonNullGraphType<IdGraphType>>("grantId")
            .Argument<NonNullGraphType<LongGraphType>>("amount", "Số tiền (đồng).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("paidOn")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<FundService>(c).DisburseAsync(
                c.GetArgument<Guid>("grantId"), c.GetArgument<long>("amount"), c.GetArgument<DateOnly>("paidOn"), c.CancellationToken));
    }

    private void AddInitiatives(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Connection<InitiativeType>("initiatives")
            .Description("Sáng kiến, sáng chế, mới nhất trước.")
            .Argument<InitiativeFilterType>("filter")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c => await Service<InitiativeService>(c).Query(c.GetArgument<InitiativeFilter?>("filter"))
                .ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken));
        mutation.Field<NonNullGraphType<InitiativeType>>("recordInitiative")
            .Description("Ghi nhận một sáng kiến hoặc sáng chế và các tác giả, chủ sở hữu.")
            .Argument<NonNullGraphType<InitiativeInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Service<InitiativeService>(c).RecordAsync(c.GetArgument<InitiativeInput>("input"), c.CancellationToken));
    }

    /// <summary>
    /// Fields on the Registry's <c>Intellectual</c>. Its CLR type is the Registry's and unknown here, but every
    /// stored record derives from SharedKernel's <see cref="Entity"/>, shared by all plugins, so the id is read
    /// from that. Each field goes through a batch loader: a page of people costs one query per field.
    /// </summary>
    private static void ExtendIntellectual(ObjectGraphType intellectual)
    {
        intellectual.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceProjectType>>>>("scienceProjects")
            .Description("Đề tài khoa học và công nghệ người này chủ nhiệm hoặc tham gia.")
            .Access(FieldAccess.Records)
            .Resolve(c => Service<ScienceLoaders>(c).ProjectsByPerson.Load(IntellectualId(c)));
        intellectual.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CouncilMembershipType>>>>("councilMemberships")
            .Description("Các hội đồng thẩm định, nghiệm thu người này là thành viên.")
            .Access(FieldAccess.Records)
            .Resolve(c => Service<ScienceLoaders>(c).MembershipsByPerson.Load(IntellectualId(c)));
        intellectual.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InitiativeType>>>>("initiatives")
            .Description("Sáng kiến, sáng chế người này là tác giả, chủ sở hữu.")
            .Access(FieldAccess.Records)
            .Resolve(c => Service<ScienceLoaders>(c).InitiativesByHolder.Load(IntellectualId(c)));
    }

    private static Guid IntellectualId(IResolveFieldContext context) => context.Source is Entity entity
        ? entity.Id
        : throw new InvalidOperationException($"Intellectual is expected to be a SharedKernel Entity, not {context.Source?.GetType().FullName}.");

    private static Guid Id(IResolveFieldContext context) => context.GetArgument<Guid>("id");

    private static T Service<T>(IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
