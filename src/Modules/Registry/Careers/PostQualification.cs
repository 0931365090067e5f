namespace TriThuc.Modules.Registry.Careers;

/// <summary>
/// T3's reading of "trình độ chuyên môn phù hợp với vị trí việc làm … theo lĩnh vực": a post is met by one degree,
/// obtained by the year measured, that is at the level the post requires (any degree when it states none) and, when the
/// post states a field, in that field — the expertise field (<c>fieldCode</c>) recorded with the degree. A degree whose
/// field was not recorded meets no post that states one: the clerk records it to count.
/// </summary>
public static class PostQualification
{
    public static bool IsMet(IEnumerable<(Degree Degree, string? FieldCode, int Year)> degrees, Degree? requiredDegree, string? requiredFieldCode, int year) =>
        degrees.Any(held => held.Year <= year
            && DegreeLadder.Satisfies(held.Degree, requiredDegree ?? Degree.Bachelor)
            && (requiredFieldCode is null || string.Equals(held.FieldCode, requiredFieldCode, StringComparison.Ordinal)));
}
