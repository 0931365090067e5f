namespace TriThuc.Modules.Talent.Policies;

/// <summary>Attraction policies: the list, one, creating one and amending it.</summary>
internal sealed class PolicyFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<TalentAttractionPolicyType>("talentAttractionPolicies")
            .Description("Các chính sách thu hút trí thức, theo tên.")
            .Argument<StringGraphType>("search", "Tìm theo tên, không phân biệt dấu.")
            .Access(FieldAccess.Aggregates)
            .Page((PolicyService policies, FieldArgs a) => policies.Query(a.Get<string?>("search", null)));
        graphql.Query.Field<NonNullGraphType<TalentAttractionPolicyType>>("talentAttractionPolicy")
            .Description("Một chính sách thu hút với mọi phiên bản.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync((PolicyService policies, FieldArgs a) => policies.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<TalentAttractionPolicyType>>("createTalentAttractionPolicy")
            .Description("Ghi nhận một chính sách thu hút mới theo văn bản đầu tiên.")
            .Argument<NonNullGraphType<TalentAttractionPolicyInputType>>("input")
            .Writes()
            .ResolveAsync((PolicyService policies, FieldArgs a) => policies.CreateAsync(a.Input<AttractionPolicyInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentAttractionPolicyType>>("amendTalentAttractionPolicy")
            .Description("Ghi nhận văn bản sửa đổi từ ngày có hiệu lực; phiên bản trước được giữ cho các hồ sơ nộp trước ngày đó.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TalentPolicyVersionInputType>>("input")
            .Writes()
            .ResolveAsync((PolicyService policies, FieldArgs a) => policies.AmendAsync(a.Id, a.Input<PolicyVersionInput>(), a.Cancellation));
    }
}
