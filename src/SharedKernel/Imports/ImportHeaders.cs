namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// The header row an importer expects: the columns every file must have, those it may have, and groups of which a file
/// must have at least one (a person found by national ID or staff code). A file without a required column is refused
/// once, naming the columns expected, instead of every row being refused for the cell it then lacks.
/// </summary>
public sealed record ImportHeaders(IReadOnlyList<string> Required, IReadOnlyList<string> Optional, IReadOnlyList<IReadOnlyList<string>>? OneOf = null)
{
    /// <summary>Every column the importer reads, in the order a template lists them: whom a row is about, what it must say, what it may.</summary>
    public IReadOnlyList<string> All => [.. (OneOf ?? []).SelectMany(g => g).Concat(Required).Concat(Optional).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Why a file with these headers cannot be imported, or null when it can.</summary>
    internal string? Refusal(IReadOnlyCollection<string> headers)
    {
        var present = new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase);
        var missing = Required.Where(h => !present.Contains(h)).Select(Quoted).ToList();
        missing.AddRange((OneOf ?? []).Where(g => !g.Any(present.Contains)).Select(g => string.Join(" hoặc ", g.Select(Quoted))));
        if (missing.Count == 0)
        {
            return null;
        }

        var unknown = headers.Where(h => !All.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        return $"Dòng tiêu đề (dòng 1) thiếu cột {string.Join(", ", missing)}"
            + (unknown.Count > 0 ? $"; các cột {string.Join(", ", unknown.Take(10).Select(Quoted))} không phải cột của tệp này" : "")
            + $". Dòng 1 phải ghi đúng tên các cột: {string.Join(", ", All.Select(Quoted))} (bắt buộc: {string.Join(", ", Required.Select(Quoted))}"
            + string.Concat((OneOf ?? []).Select(g => $"; ít nhất một trong {string.Join(", ", g.Select(Quoted))}")) + ")."
            + " Nếu tệp CSV dùng dấu chấm phẩy, mọi cột phải cách nhau bằng dấu chấm phẩy.";
    }

    private static string Quoted(string header) => $"\"{header}\"";
}
