namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// What earlier rows of a file hold, by key, with their row number, so that a row repeating one is refused with the
/// row it repeats. Kept on the check pass only: that pass writes nothing, so a later chunk cannot find an earlier
/// row in the database; the write pass runs only when the check refused nothing.
/// </summary>
public sealed class RowsSeenInFile<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _rows = [];

    /// <summary>Forgets the last file: call when an import starts.</summary>
    public void Clear() => _rows.Clear();

    /// <summary>On the check pass, the number of an earlier row with this key; otherwise null.</summary>
    public int? EarlierRow(ImportPass pass, TKey key) =>
        pass == ImportPass.Check && _rows.TryGetValue(key, out var row) ? row : null;

    /// <summary>On the check pass, notes that this row holds the key (the first row to hold it stays noted).</summary>
    public void Remember(ImportPass pass, TKey key, int row)
    {
        if (pass == ImportPass.Check)
        {
            _rows.TryAdd(key, row);
        }
    }
}
