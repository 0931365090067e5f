using System.Globalization;
using System.Text;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// The encoding a CSV file was saved in, read from the whole file before any row: UTF-8 with or without a byte order
/// mark, UTF-16 (Excel's "Unicode Text"), Windows-1258 (Vietnamese Windows) or Windows-1252 (Western Windows).
/// Bytes that fit none of them refuse the file with a message saying how to save it, so that no name is stored with
/// U+FFFD where a letter was.
/// </summary>
internal static class CsvEncoding
{
    public const string SaveAsUtf8 = "hãy mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi lại";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Vietnamese = CodePagesEncodingProvider.Instance.GetEncoding(1258,
        EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)!;

    private static readonly Encoding Western = CodePagesEncodingProvider.Instance.GetEncoding(1252,
        EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)!;

    /// <summary>Diacritics Vietnamese writes with: the five tones, and the hat, breve and horn.</summary>
    private static readonly HashSet<char> VietnameseMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B'];

    /// <summary>Reads the whole (seekable) stream once and leaves it at its start.</summary>
    public static Encoding Detect(Stream content)
    {
        var start = content.Position;
        Span<byte> bom = stackalloc byte[3];
        var read = content.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        content.Position = start;
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        {
            return Utf8Checked(content, start);
        }

        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        var counts = new long[256];
        var zeroesAtEven = 0L;
        var zeroesAtOdd = 0L;
        var isUtf8 = true;
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[81_920];
        // GetChars, not GetCharCount: only it carries a character split between two reads over to the next.
        var chars = new char[buffer.Length + 4];
        var position = 0L;
        int n;
        while ((n = content.Read(buffer)) > 0)
        {
            for (var i = 0; i < n; i++)
            {
                var b = buffer[i];
                counts[b]++;
                if (b == 0)
                {
                    if (((position + i) & 1) == 0)
                    {
                        zeroesAtEven++;
                    }
                    else
                    {
                        zeroesAtOdd++;
                    }
                }
            }

            position += n;
            if (isUtf8)
            {
                try
                {
                    decoder.GetChars(buffer, 0, n, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    isUtf8 = false;
                }
            }
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            isUtf8 = false;
        }

        content.Position = start;
        if (position > 0 && zeroesAtOdd > position / 4 && zeroesAtEven < position / 50)
        {
            return Encoding.Unicode;
        }

        if (position > 0 && zeroesAtEven > position / 4 && zeroesAtOdd < position / 50)
        {
            return Encoding.BigEndianUnicode;
        }

        if (isUtf8)
        {
            return StrictUtf8;
        }

        var present = Enumerable.Range(0x80, 0x80).Where(b => counts[b] > 0).Select(b => (byte)b).ToList();
        if (present.All(b => Fits(Vietnamese, b, IsVietnamese)))
        {
            return Vietnamese;
        }

        if (present.All(b => Fits(Western, b, char.IsLetter)))
        {
            return Western;
        }

        throw Refused("Tệp CSV không lưu bằng bảng mã UTF-8, và không đọc được bằng bảng mã tiếng Việt (Windows-1258) hay Windows-1252");
    }

    public static DomainException Refused(string what) => DomainException.Validation("file", $"{what}; {SaveAsUtf8}.");

    private static Encoding Utf8Checked(Stream content, long start)
    {
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[81_920];
        // GetChars, not GetCharCount: only it carries a character split between two reads over to the next.
        var chars = new char[buffer.Length + 4];
        int n;
        try
        {
            while ((n = content.Read(buffer)) > 0)
            {
                decoder.GetChars(buffer, 0, n, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw Refused("Tệp CSV ghi là UTF-8 nhưng có byte không phải UTF-8 (có thể đã bị ghép từ hai tệp khác bảng mã)");
        }
        finally
        {
            content.Position = start;
        }

        return StrictUtf8;
    }

    /// <summary>Whether a byte above 0x7F reads, in this code page, as a letter of the language or as punctuation.</summary>
    private static bool Fits(Encoding encoding, byte b, Func<char, bool> letter)
    {
        var c = encoding.GetString([b]) is [var single] ? single : '\uFFFD';
        if (c == '\uFFFD' || char.IsControl(c))
        {
            return false;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherNumber => true,
            _ => letter(c),
        };
    }

    /// <summary>A letter of the Vietnamese alphabet (with its diacritics), or a diacritic Vietnamese Windows writes after its letter.</summary>
    private static bool IsVietnamese(char c)
    {
        if (VietnameseMarks.Contains(c) || c is 'Đ' or 'đ')
        {
            return true;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.IsAsciiLetter(decomposed[0]) && decomposed.Skip(1).All(VietnameseMarks.Contains);
    }
}
