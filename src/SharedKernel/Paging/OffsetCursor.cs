using System.Text;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Paging;

/// <summary>
/// An opaque cursor holding a position in an ordered list. Clients must treat it as an opaque
/// string; its form may change.
/// </summary>
public static class OffsetCursor
{
    private const string Prefix = "o:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + offset));

    public static int Decode(string cursor, string argumentName)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), out var offset) && offset is >= 0 and < int.MaxValue)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw DomainException.Validation(argumentName, $"Con trỏ phân trang '{cursor}' không hợp lệ.");
    }
}
