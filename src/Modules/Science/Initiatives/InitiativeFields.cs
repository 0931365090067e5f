namespace TriThuc.Modules.Science.Initiatives;

/// <summary>Initiatives and patents: the list, recording one, and a person's.</summary>
internal sealed class InitiativeFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<ScienceInitiativeType>("scienceInitiatives")
            .Description("Sáng kiến, sáng chế, mới nhất trước.")
            .Argument<ScienceInitiativeFilterType>("filter")
            .Argument<EnumType<InitiativeOrder>>("orderBy", "Thứ tự (mặc định: năm công nhận mới nhất trước).")
            .Access(FieldAccess.Records)
            .Page((InitiativeService initiatives, FieldArgs a) => initiatives.Query(a.Filter<InitiativeFilter>(), a.Get("orderBy", InitiativeOrder.YearDescending)));
        graphql.Mutation.Field<NonNullGraphType<ScienceInitiativeType>>("recordScienceInitiative")
            .Description("Ghi nhận một sáng kiến hoặc sáng chế và các tác giả, chủ sở hữu.")
            .Argument<NonNullGraphType<ScienceInitiativeInputType>>("input")
            .Writes()
            .ResolveAsync((InitiativeService initiatives, FieldArgs a) => initiatives.RecordAsync(a.Input<InitiativeInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceInitiativeType>>>>("scienceInitiatives")
            .Description("Sáng kiến, sáng chế người này là tác giả, chủ sở hữu.")
            .Access(FieldAccess.Records)
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.InitiativesByHolder.Load(a.SourceId));
    }
}
