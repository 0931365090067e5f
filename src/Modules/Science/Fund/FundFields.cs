namespace TriThuc.Modules.Science.Fund;

/// <summary>The innovation investment fund: its balance and capital, calls, applications, grants and disbursements.</summary>
internal sealed class FundFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<LongGraphType>>("scienceFundBalance")
            .Description("Số dư Quỹ đầu tư đổi mới sáng tạo vào cuối một ngày (đồng): vốn đã nhận trừ số đã giải ngân.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("on", "Ngày tính số dư (cuối ngày).")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync((FundService fund, FieldArgs a) => fund.BalanceAsync(a.Get<DateOnly>("on"), a.Cancellation));
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceFundCapitalBySourceType>>>>("scienceFundCapital")
            .Description("Vốn Quỹ đã nhận theo từng nguồn (đồng), lọc như scienceFundContributions; nguồn chưa có khoản nào không được liệt kê.")
            .Argument<ScienceFundContributionFilterType>("filter")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync((FundQueryService fund, FieldArgs a) => fund.CapitalBySourceAsync(a.Filter<FundContributionFilter>(), a.Cancellation));
        graphql.Query.Paged<ScienceFundCallType>("scienceFundCalls")
            .Description("Các đợt gọi hồ sơ của Quỹ, mới nhất trước, có lọc.")
            .Argument<ScienceFundCallFilterType>("filter")
            .Argument<EnumType<FundCallOrder>>("orderBy", "Thứ tự (mặc định: mở nhận hồ sơ muộn nhất trước).")
            .Access(FieldAccess.Records)
            .Page((FundQueryService fund, FieldArgs a) => fund.Calls(a.Filter<FundCallFilter>(), a.Get("orderBy", FundCallOrder.OpensOnDescending)));
        graphql.Query.Paged<ScienceFundContributionType>("scienceFundContributions")
            .Description("Các khoản vốn góp vào Quỹ, mới nhất trước, lọc theo nguồn và khoảng ngày nhận.")
            .Argument<ScienceFundContributionFilterType>("filter")
            .Argument<EnumType<FundContributionOrder>>("orderBy", "Thứ tự (mặc định: nhận muộn nhất trước).")
            .Access(FieldAccess.Records)
            .Page((FundQueryService fund, FieldArgs a) => fund.Contributions(a.Filter<FundContributionFilter>(), a.Get("orderBy", FundContributionOrder.ReceivedOnDescending)));
        graphql.Query.Paged<ScienceFundApplicationType>("scienceFundApplications")
            .Description("Hồ sơ đề nghị tài trợ, theo ngày nộp, có lọc.")
            .Argument<ScienceFundApplicationFilterType>("filter")
            .Argument<EnumType<FundApplicationOrder>>("orderBy", "Thứ tự (mặc định: nộp sớm nhất trước).")
            .Access(FieldAccess.Records)
            .Page((FundQueryService fund, FieldArgs a) => fund.Applications(a.Filter<FundApplicationFilter>(), a.Get("orderBy", FundApplicationOrder.SubmittedOnAscending)));
        graphql.Query.Paged<ScienceFundGrantType>("scienceFundGrants")
            .Description("Các khoản tài trợ của Quỹ, theo ngày quyết định, có lọc.")
            .Argument<ScienceFundGrantFilterType>("filter")
            .Argument<EnumType<FundGrantOrder>>("orderBy", "Thứ tự (mặc định: quyết định sớm nhất trước).")
            .Access(FieldAccess.Records)
            .Page((FundQueryService fund, FieldArgs a) => fund.Grants(a.Filter<FundGrantFilter>(), a.Get("orderBy", FundGrantOrder.AwardedOnAscending)));

        graphql.Mutation.Field<NonNullGraphType<ScienceFundContributionType>>("addScienceFundContribution")
            .Description("Ghi nhận một khoản vốn góp vào Quỹ.")
            .Argument<NonNullGraphType<ScienceFundContributionInputType>>("input")
            .Writes()
            .ResolveAsync((FundService fund, FieldArgs a) => fund.ContributeAsync(a.Input<ContributionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceFundCallType>>("openScienceFundCall")
            .Description("Mở một đợt gọi hồ sơ đề nghị tài trợ.")
            .Argument<NonNullGraphType<ScienceFundCallInputType>>("input")
            .Writes()
            .ResolveAsync((FundService fund, FieldArgs a) => fund.OpenCallAsync(a.Input<FundCallInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceFundApplicationType>>("submitScienceFundApplication")
            .Description("Ghi nhận một hồ sơ đề nghị tài trợ, nộp trong thời hạn của đợt.")
            .Argument<NonNullGraphType<ScienceFundApplicationInputType>>("input")
            .Writes()
            .ResolveAsync((FundService fund, FieldArgs a) => fund.SubmitApplicationAsync(a.Input<FundApplicationInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceFundApplicationType>>("declineScienceFundApplication")
            .Description("Không tài trợ một hồ sơ.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId", "Hồ sơ đề nghị tài trợ.")
            .Writes()
            .ResolveAsync((FundService fund, FieldArgs a) => fund.DeclineAsync(a.Get<Guid>("applicationId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceFundGrantType>>("awardScienceFundGrant")
            .Description("Quyết định tài trợ một hồ sơ: không quá số đề nghị và phần còn lại của ngân sách đợt.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId", "Hồ sơ đề nghị tài trợ.")
            .Argument<NonNullGraphType<LongGraphType>>("amount", "Số tiền (đồng).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("awardedOn", "Ngày quyết định tài trợ.")
            .Writes()
            .ResolveAsync((FundService fund, FieldArgs a) =>
                fund.AwardAsync(a.Get<Guid>("applicationId"), a.Get<long>("amount"), a.Get<DateOnly>("awardedOn"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceFundDisbursementType>>("disburseScienceFundGrant")
            .Description("Giải ngân một phần khoản tài trợ: không vượt phần còn lại của khoản tài trợ, không vượt số dư của Quỹ vào ngày chi và các ngày sau.")
            .Argument<NonNullGraphType<IdGraphType>>("grantId", "Khoản tài trợ.")
            .Argument<NonNullGraphType<LongGraphType>>("amount", "Số tiền (đồng).")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("paidOn", "Ngày chi.")
            .Writes()
            .ResolveAsync((FundService fund, FieldArgs a) =>
                fund.DisburseAsync(a.Get<Guid>("grantId"), a.Get<long>("amount"), a.Get<DateOnly>("paidOn"), a.Cancellation));
    }
}
