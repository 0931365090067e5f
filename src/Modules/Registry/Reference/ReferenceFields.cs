namespace TriThuc.Modules.Registry.Reference;

/// <summary>The public reference lists: the 54 ethnic groups and the fields of expertise.</summary>
internal sealed class ReferenceFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EthnicGroupType>>>>("ethnicGroups")
            .Description("Danh mục 54 dân tộc.")
            .Access(FieldAccess.Public)
            .ResolveAsync((ReferenceService references, FieldArgs a) => references.EthnicGroupsAsync(a.Cancellation));
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertiseFieldType>>>>("expertiseFields")
            .Description("Danh mục lĩnh vực chuyên môn.")
            .Access(FieldAccess.Public)
            .ResolveAsync((ReferenceService references, FieldArgs a) => references.ExpertiseFieldsAsync(a.Cancellation));
    }
}
