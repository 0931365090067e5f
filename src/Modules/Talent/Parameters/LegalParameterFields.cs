namespace TriThuc.Modules.Talent.Parameters;

/// <summary>The dated legal values: the list, and a new value from a day.</summary>
internal sealed class LegalParameterFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentLegalParameterType>>>>("talentLegalParameters")
            .Description("Các mức, tỷ lệ theo văn bản pháp luật, theo loại và ngày áp dụng.")
            .Argument<EnumType<LegalParameterKind>>("kind", "Chỉ loại này.")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync((LegalParameterService parameters, FieldArgs a) => parameters.ListAsync(a.Get<LegalParameterKind?>("kind", null), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<TalentLegalParameterType>>("setTalentLegalParameter")
            .Description("Ghi nhận mức mới của một tham số pháp lý từ ngày văn bản có hiệu lực; các mức trước được giữ cho những ngày trước đó.")
            .Argument<NonNullGraphType<TalentLegalParameterInputType>>("input")
            .Writes()
            .ResolveAsync((LegalParameterService parameters, FieldArgs a) => parameters.SetAsync(a.Input<LegalParameterInput>(), a.Cancellation));
    }
}
