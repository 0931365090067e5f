namespace TriThuc.Modules.Health.Postings;

/// <summary>Postings: the list (who is posted where on a day), recording and ending one, and a person's.</summary>
internal sealed class PostingFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<HealthPostingType>("healthPostings")
            .Description("Các đợt điều động về cơ sở, mới nhất trước; lọc theo cơ sở và ngày để biết ai đang được điều động đến đó.")
            .Argument<HealthPostingFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((PostingService postings, FieldArgs a) => postings.Query(a.Filter<PostingFilter>()));

        graphql.Mutation.Field<NonNullGraphType<HealthPostingType>>("recordHealthPosting")
            .Description("Ghi nhận một đợt điều động luân phiên hoặc tăng cường về cơ sở.")
            .Argument<NonNullGraphType<HealthPostingInputType>>("input")
            .Writes()
            .ResolveAsync((PostingService postings, FieldArgs a) => postings.RecordAsync(a.Input<PostingInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<HealthPostingType>>("endHealthPosting")
            .Description("Kết thúc một đợt điều động trước ngày dự kiến.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("endedOn", "Ngày cuối cùng của đợt.")
            .Writes()
            .ResolveAsync((PostingService postings, FieldArgs a) => postings.EndAsync(a.Id, a.Get<DateOnly>("endedOn"), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthPostingType>>>>("healthPostings")
            .Description("Các đợt người này được điều động về cơ sở.")
            .Access(FieldAccess.Records)
            .Resolve((PostingLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
