namespace TriThuc.SharedKernel.Imports;

/// <summary>A row refused before any rule ran, naming the column at fault.</summary>
public sealed class RowRefusedException(string column, string reason) : Exception(reason)
{
    public string Column { get; } = column;
}
