namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// The platform's one small-group rule (a minimum cell size): a figure about a group of fewer than
/// <see cref="MinimumSize"/> people — the share of women, of an ethnic minority, of an age band in a small unit — can
/// tell who has that trait, so it is personal data. Shown only to a caller with <c>personal-data:read</c>, and each such
/// read is logged; to anyone else the figure is withheld and marked as withheld. The host reads it from
/// <c>TriThuc:SmallGroups</c>.
/// </summary>
public sealed class SmallGroupRule
{
    public const string Section = "TriThuc:SmallGroups";

    public static readonly SmallGroupRule Default = new();

    /// <summary>The fewest people a group must hold for its figures to be aggregates anyone may read.</summary>
    public int MinimumSize { get; set; } = 5;

    /// <summary>At least one person and fewer than <see cref="MinimumSize"/>: an empty group tells nothing about anyone.</summary>
    public bool IsSmall(int people) => people > 0 && people < MinimumSize;
}
