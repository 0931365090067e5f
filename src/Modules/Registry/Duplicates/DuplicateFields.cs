using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Duplicates;

/// <summary>Records that may be one person: the pairs to review, and merging two records into one.</summary>
internal sealed class DuplicateFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DuplicateCandidateType>>>>("possibleDuplicates")
            .Description("Các cặp hồ sơ có thể trùng người, để cán bộ xem xét.")
            .Argument<IntGraphType>("limit", "Tối đa bao nhiêu cặp (mặc định 100).")
            .Access(FieldAccess.Records)
            .ResolveAsync((DuplicateService duplicates, FieldArgs a) => duplicates.FindAsync(a.Get("limit", 100) is var limit and >= 1 and <= 1_000 ? limit : throw DomainException.Validation("limit", "'limit' phải nằm trong khoảng 1–1000."), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IntellectualType>>("mergeIntellectuals")
            .Description("Gộp hồ sơ mergeId vào hồ sơ keepId: giữ mọi văn bằng, bồi dưỡng, chức vụ, khen thưởng; các phân hệ khác được báo.")
            .Argument<NonNullGraphType<IdGraphType>>("keepId", "Hồ sơ được giữ lại.")
            .Argument<NonNullGraphType<IdGraphType>>("mergeId", "Hồ sơ được gộp vào hồ sơ giữ lại.")
            .Writes()
            .ResolveAsync((DuplicateService duplicates, FieldArgs a) => duplicates.MergeAsync(a.Get<Guid>("keepId"), a.Get<Guid>("mergeId"), a.Cancellation));
    }
}
