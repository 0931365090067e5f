using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Paging;

/// <summary>Relay-style cursor arguments: <c>first</c>/<c>after</c> to page forward, <c>last</c>/<c>before</c> to page back.</summary>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    internal void Validate()
    {
        if (First is < 0 or > MaxPageSize)
        {
            throw DomainException.Validation("first", $"'first' phải nằm trong khoảng 0–{MaxPageSize}.");
        }

        if (Last is < 0 or > MaxPageSize)
        {
            throw DomainException.Validation("last", $"'last' phải nằm trong khoảng 0–{MaxPageSize}.");
        }
    }
}
