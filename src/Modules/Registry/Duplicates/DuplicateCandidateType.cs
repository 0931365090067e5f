using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Duplicates;

public sealed class DuplicateCandidateType : ObjectGraphType<DuplicateCandidate>
{
    public DuplicateCandidateType()
    {
        Name = "DuplicateCandidate";
        Description = "Hai hồ sơ có thể là một người; cán bộ xem xét rồi gộp bằng mergeIntellectuals. Không có id: tính khi được hỏi (khóa: hai id của first và second).";
        Field<NonNullGraphType<IntellectualType>>("first").Description("Hồ sơ thứ nhất.").Resolve(c => c.Source.First);
        Field<NonNullGraphType<IntellectualType>>("second").Description("Hồ sơ thứ hai.").Resolve(c => c.Source.Second);
        Field<NonNullGraphType<EnumType<DuplicateReason>>>("reason").Description("Vì sao có thể trùng.").Resolve(c => c.Source.Reason);
    }
}
