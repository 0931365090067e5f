using GraphQL.Types;
using TriThuc.Modules.Registry.Duplicates;

namespace TriThuc.Modules.Registry.GraphQL;

public sealed class DuplicateReasonType : EnumerationGraphType<DuplicateReason>
{
    public DuplicateReasonType()
    {
        Name = "DuplicateReason";
        Description = "Vì sao hai hồ sơ có thể là một người: trùng họ tên (không dấu) và ngày sinh; hoặc họ tên gần giống, cùng ngày sinh, cùng đơn vị.";
    }
}

public sealed class DuplicateCandidateType : ObjectGraphType<DuplicateCandidate>
{
    public DuplicateCandidateType()
    {
        Name = "DuplicateCandidate";
        Description = "Hai hồ sơ có thể là một người; cán bộ xem xét rồi gộp bằng mergeIntellectuals.";
        Field<NonNullGraphType<IntellectualType>>("first").Resolve(c => c.Source.First);
        Field<NonNullGraphType<IntellectualType>>("second").Resolve(c => c.Source.Second);
        Field<NonNullGraphType<DuplicateReasonType>>("reason").Resolve(c => c.Source.Reason);
    }
}
