using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Duplicates;

public sealed class DuplicateCandidateType : ObjectGraphType<DuplicateCandidate>
{
    public DuplicateCandidateType()
    {
        Name = "DuplicateCandidate";
        Description = "Hai hồ sơ có thể là một người; cán bộ xem xét rồi gộp bằng mergeIntellectuals.";
        Field<NonNullGraphType<IntellectualType>>("first").Resolve(c => c.Source.First);
        Field<NonNullGraphType<IntellectualType>>("second").Resolve(c => c.Source.Second);
        Field<NonNullGraphType<EnumType<DuplicateReason>>>("reason").Resolve(c => c.Source.Reason);
    }
}
