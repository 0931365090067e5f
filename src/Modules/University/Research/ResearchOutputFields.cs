namespace TriThuc.Modules.University.Research;

/// <summary>Research outputs: the list, recording one, and a person's outputs on the Registry's Intellectual.</summary>
internal sealed class ResearchOutputFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<UniversityResearchOutputType>("universityResearchOutputs")
            .Description("Kết quả nghiên cứu khoa học của phân hiệu, năm gần nhất trước.")
            .Argument<UniversityResearchOutputFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((ResearchOutputService outputs, FieldArgs a) => outputs.Query(a.Filter<ResearchOutputFilter>()));

        graphql.Mutation.Field<NonNullGraphType<UniversityResearchOutputType>>("recordUniversityResearchOutput")
            .Description("Ghi nhận một kết quả nghiên cứu với các tác giả theo thứ tự.")
            .Argument<NonNullGraphType<UniversityResearchOutputInputType>>("input")
            .Writes()
            .ResolveAsync((ResearchOutputService outputs, FieldArgs a) => outputs.RecordAsync(a.Input<ResearchOutputInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityResearchOutputType>>>>("universityResearchOutputs")
            .Description("Các kết quả nghiên cứu tại phân hiệu đại học có người này là tác giả, năm gần nhất trước.")
            .Access(FieldAccess.Records)
            .Resolve((ResearchOutputLoaders loaders, FieldArgs a) => loaders.ByAuthor.Load(a.SourceId));
    }
}
