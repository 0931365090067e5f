using GraphQL.Builders;

namespace TriThuc.Modules.Talent.Cases;

/// <summary>Attraction cases: the list, one, each transition by a dated decision, and a person's cases.</summary>
internal sealed class CaseFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<TalentAttractionCaseType>("talentAttractionCases")
            .Description("Các hồ sơ thu hút, nộp gần nhất trước.")
            .Argument<TalentAttractionCaseFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((CaseService cases, FieldArgs a) => cases.Query(a.Filter<CaseFilter>()));
        graphql.Query.Field<NonNullGraphType<TalentAttractionCaseType>>("talentAttractionCase")
            .Description("Một hồ sơ thu hút với các quyết định.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((CaseService cases, FieldArgs a) => cases.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<TalentAttractionCaseType>>("applyTalentAttractionCase")
            .Description("Ghi nhận hồ sơ nộp theo một chính sách thu hút.")
            .Argument<NonNullGraphType<TalentApplicantInputType>>("input")
            .Writes()
            .ResolveAsync((CaseService cases, FieldArgs a) => cases.ApplyAsync(a.Input<ApplicantInput>(), a.Cancellation));
        Step(graphql, "assessTalentAttractionCase", "Xét điều kiện theo phiên bản chính sách có hiệu lực vào ngày nộp: đủ hoặc không đủ điều kiện (nêu từng tiêu chí không đáp ứng).",
            (cases, a) => cases.AssessAsync(a.Id, a.Get<DecisionInput>("decision"), a.Cancellation));
        Step(graphql, "approveTalentAttractionCase", "Quyết định thu hút hồ sơ đủ điều kiện; khoản hỗ trợ một lần tính theo lương cơ sở tại ngày quyết định.",
            (cases, a) => cases.ApproveAsync(a.Id, a.Get<DecisionInput>("decision"), a.Cancellation));
        Step(graphql, "recruitTalentAttractionCase", "Tuyển dụng, tiếp nhận người được thu hút vào một vị trí (hồ sơ trí thức và đơn vị).",
            (cases, a) => cases.RecruitAsync(a.Id, a.Get<Guid>("personId"), a.Get<Guid>("postUnitId"), a.Get<DecisionInput>("decision"), a.Cancellation))
            .Argument<NonNullGraphType<IdGraphType>>("personId", "Người được tuyển (cơ sở dữ liệu trí thức).")
            .Argument<NonNullGraphType<IdGraphType>>("postUnitId", "Đơn vị công tác, đang hoạt động vào ngày quyết định.");
        Step(graphql, "startTalentAttractionCommitment", "Bắt đầu thời gian cam kết công tác từ ngày quyết định.",
            (cases, a) => cases.StartCommitmentAsync(a.Id, a.Get<DecisionInput>("decision"), a.Cancellation));
        Step(graphql, "completeTalentAttractionCase", "Công nhận hoàn thành thời gian cam kết.",
            (cases, a) => cases.CompleteAsync(a.Id, a.Get<DecisionInput>("decision"), a.Cancellation));
        Step(graphql, "breakTalentAttractionCommitment", "Ghi nhận không thực hiện đủ cam kết: ngày, lý do và số tiền hoàn trả theo quy định của chính sách.",
            (cases, a) => cases.BreakAsync(a.Id, a.Get<DecisionInput>("decision"), a.Get<DateOnly>("brokenOn"), a.Get<string>("reason"), a.Cancellation))
            .Argument<NonNullGraphType<DateOnlyGraphType>>("brokenOn", "Ngày thôi việc, chấm dứt cam kết.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", $"Lý do (dữ liệu cá nhân), tối đa {CaseService.MaxReasonLength} ký tự.");

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentAttractionCaseType>>>>("talentAttractionCases")
            .Description("Các hồ sơ thu hút người này được tuyển dụng theo.")
            .Access(FieldAccess.Records)
            .Resolve((CaseLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }

    private static FieldBuilder<object?, object> Step(
        GraphQLContribution graphql, string name, string description, Func<CaseService, FieldArgs, Task<AttractionCase>> call) =>
        graphql.Mutation.Field<NonNullGraphType<TalentAttractionCaseType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TalentDecisionInputType>>("decision", "Quyết định của bước này: số và ngày có hiệu lực.")
            .Writes()
            .ResolveAsync((CaseService cases, FieldArgs a) => call(cases, a));
}
