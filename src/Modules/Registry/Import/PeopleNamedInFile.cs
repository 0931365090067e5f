using TriThuc.Modules.Registry.People;

namespace TriThuc.Modules.Registry.Import;

/// <summary>
/// Whom the rows of a career file are about, across its chunks: the people the check found them to be, and the national
/// IDs and staff codes the rows named. A person changed by someone else while the file was checked concerns the file when
/// a row is about them, or when they now hold a key a row named (that row would now find them, or find two people).
/// </summary>
internal sealed class PeopleNamedInFile
{
    private readonly HashSet<Guid> _people = [];
    private readonly HashSet<string> _nationalIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _staffCodes = new(StringComparer.Ordinal);

    public void Add(ImportCells row, Intellectual person)
    {
        _people.Add(person.Id);
        if (PeopleOnFile.NationalIdOf(row) is { } nationalId)
        {
            _nationalIds.Add(nationalId);
        }
        else if (PeopleOnFile.StaffCodeOf(row) is { } staffCode)
        {
            _staffCodes.Add(staffCode);
        }
    }

    public IReadOnlyCollection<Guid> People => _people;

    public bool IsAbout(Guid personId) => _people.Contains(personId);

    /// <summary>Whether a person holding these keys would be found by a row (staff codes count only for rows without a national ID).</summary>
    public bool Names(string? nationalId, string? staffCode) =>
        (nationalId is not null && _nationalIds.Contains(nationalId))
        || (Codes.Normalize(staffCode) is { } code && _staffCodes.Contains(code));
}
