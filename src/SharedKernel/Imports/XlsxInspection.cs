using System.IO.Compression;
using System.Xml;
using TriThuc.SharedKernel.Errors;

namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// Checks a workbook against the limits before it is read for its rows: how big it is unzipped, how long its longest
/// text is and how many rows its sheets hold. It streams every part through an XML reader a chunk of text at a time,
/// so a 400 KB workbook whose one cell unzips to hundreds of megabytes is refused with the memory it took to read a
/// chunk, not the cell; and it counts the bytes it actually unzips, not those the archive claims.
/// </summary>
internal static class XlsxInspection
{
    public static void Check(Stream content, ImportLimits limits)
    {
        var start = content.Position;
        using (var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
        {
            var budget = limits.MaxUncompressedBytes;
            if (zip.Entries.Sum(e => e.Length) > budget)
            {
                throw TooBig(limits);
            }

            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var part = new CountingStream(entry.Open(), budget, limits);
                var isSheet = entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
                ScanPart(part, isSheet, limits);
                budget -= part.BytesRead;
            }
        }

        content.Position = start;
    }

    private static void ScanPart(Stream part, bool isSheet, ImportLimits limits)
    {
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var chunk = new char[8_192];
        var rows = 0L;
        while (xml.Read())
        {
            if (isSheet && xml.NodeType == XmlNodeType.Element && xml.LocalName == "row" && ++rows > limits.MaxRows + 1L)
            {
                throw DomainException.Validation("file",
                    $"Tệp có hơn {limits.MaxRows:N0} dòng; mỗi lần chỉ nhập được tối đa {limits.MaxRows:N0} dòng. Hãy chia tệp thành nhiều tệp nhỏ hơn (mỗi tệp giữ dòng tiêu đề) rồi nhập lần lượt.");
            }

            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                var length = 0L;
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    length += read;
                    if (length > limits.MaxCellLength)
                    {
                        throw CsvRecords.CellTooLong(null, limits);
                    }
                }
            }
        }
    }

    private static DomainException TooBig(ImportLimits limits) => DomainException.Validation("file",
        $"Bảng tính quá lớn khi giải nén (hơn {limits.MaxUncompressedBytes / 1024 / 1024:N0} MB); hãy chia tệp thành nhiều tệp nhỏ hơn, hoặc lưu thành .csv rồi gửi lại.");

    /// <summary>An unzipped part, refused as soon as the workbook's parts together pass the limit.</summary>
    private sealed class CountingStream(Stream inner, long budget, ImportLimits limits) : Stream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return BytesRead > budget ? throw TooBig(limits) : n;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
