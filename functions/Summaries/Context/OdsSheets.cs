using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Publishing.Summaries.Context;

/// <summary>
/// Reads the tables of an OpenDocument spreadsheet (.ods: a zip whose content.xml holds every sheet) into rows of cell
/// text. Date cells give their ISO date. Repeated empty rows and cells (a sheet's padding to its last column) are not
/// materialised, and content.xml is read within a size limit, so a hostile file cannot exhaust memory. The row limit is
/// for the whole spreadsheet, not each sheet: a kilobyte of compressed XML can hold thousands of tables.
/// </summary>
internal static class OdsSheets
{
    public sealed record Sheet(string Name, IReadOnlyList<string[]> Rows);

    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const long MaxContentBytes = 64L * 1024 * 1024;
    private const int MaxColumns = 512;
    private const int MaxRows = 100_000;
    private const int MaxSheets = 64;

    public static IReadOnlyList<Sheet> Read(Stream ods, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(ods, ZipArchiveMode.Read, leaveOpen: true);
            var content = zip.GetEntry("content.xml") ?? throw new OutcomesDataException($"{fileName}: no content.xml inside (not an OpenDocument spreadsheet).");
            if (content.Length > MaxContentBytes) throw new OutcomesDataException($"{fileName}: content.xml is {content.Length} bytes, over the {MaxContentBytes} byte limit.");
            using var stream = new LimitedStream(content.Open(), MaxContentBytes, fileName);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false });
            return ReadTables(xml, fileName);
        }
        catch (InvalidDataException ex) { throw new OutcomesDataException($"{fileName}: not a readable zip ({ex.Message})."); }
        catch (XmlException ex) { throw new OutcomesDataException($"{fileName}: content.xml is not well-formed XML ({ex.Message})."); }
    }

    private static List<Sheet> ReadTables(XmlReader xml, string fileName)
    {
        var sheets = new List<Sheet>();
        var rowsLeft = new[] { MaxRows };
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "table" && xml.NamespaceURI == TableNs)
            {
                if (sheets.Count >= MaxSheets) throw new OutcomesDataException($"{fileName}: the spreadsheet has more than {MaxSheets} sheets.");
                sheets.Add(new Sheet(xml.GetAttribute("name", TableNs) ?? $"Sheet{sheets.Count + 1}", ReadRows(xml.ReadSubtree(), fileName, rowsLeft)));
            }
        }
        if (sheets.Count == 0) throw new OutcomesDataException($"{fileName}: the spreadsheet has no tables.");
        return sheets;
    }

    private static List<string[]> ReadRows(XmlReader table, string fileName, int[] rowsLeft)
    {
        var rows = new List<string[]>();
        var pendingEmptyRows = 0;
        table.Read();
        while (table.Read())
        {
            if (table.NodeType != XmlNodeType.Element || table.LocalName != "table-row" || table.NamespaceURI != TableNs) continue;
            var repeat = Repeat(table, "number-rows-repeated");
            var cells = ReadCells(table.ReadSubtree(), fileName);
            if (cells.Length == 0) { pendingEmptyRows += repeat; continue; }
            for (var i = 0; i < pendingEmptyRows + repeat; i++)
            {
                if (rowsLeft[0]-- <= 0) throw new OutcomesDataException($"{fileName}: the spreadsheet has more than {MaxRows} rows.");
                rows.Add(i < pendingEmptyRows ? [] : cells);
            }
            pendingEmptyRows = 0;
        }
        return rows;
    }

    private static string[] ReadCells(XmlReader row, string fileName)
    {
        var cells = new List<string>();
        var pendingEmpty = 0;
        row.Read();
        while (row.Read())
        {
            if (row.NodeType != XmlNodeType.Element || row.NamespaceURI != TableNs || row.LocalName is not ("table-cell" or "covered-table-cell")) continue;
            var repeat = Repeat(row, "number-columns-repeated");
            var text = row.GetAttribute("value-type", OfficeNs) == "date" && row.GetAttribute("date-value", OfficeNs) is { Length: >= 10 } iso
                ? iso[..10]
                : CellText(row.ReadSubtree());
            if (text.Length == 0) { pendingEmpty += repeat; continue; }
            if (cells.Count + pendingEmpty + repeat > MaxColumns) throw new OutcomesDataException($"{fileName}: a row has more than {MaxColumns} columns.");
            for (var i = 0; i < pendingEmpty; i++) cells.Add("");
            for (var i = 0; i < repeat; i++) cells.Add(text);
            pendingEmpty = 0;
        }
        return [.. cells];
    }

    private static string CellText(XmlReader cell)
    {
        var text = new StringBuilder();
        var paragraphs = 0;
        while (cell.Read())
        {
            if (cell.NodeType == XmlNodeType.Element && cell.NamespaceURI == TextNs)
            {
                switch (cell.LocalName)
                {
                    case "p" when paragraphs++ > 0: text.Append('\n'); break;
                    case "s": text.Append(' ', Math.Clamp(int.TryParse(cell.GetAttribute("c", TextNs), out var c) ? c : 1, 1, 100)); break;
                    case "tab": text.Append('\t'); break;
                    case "line-break": text.Append('\n'); break;
                }
            }
            // Whitespace between a cell's paragraphs is the file's indentation; inside a paragraph it is text.
            else if ((cell.NodeType == XmlNodeType.Text && cell.Depth > 0) || (cell.NodeType is XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace && cell.Depth > 1))
            {
                text.Append(cell.Value);
            }
        }
        return text.ToString();
    }

    private static int Repeat(XmlReader element, string attribute) =>
        int.TryParse(element.GetAttribute(attribute, TableNs), out var n) && n > 1 ? Math.Min(n, MaxRows * 10) : 1;

    /// <summary>Stops reading past a byte limit, whatever the zip entry's header claimed.</summary>
    private sealed class LimitedStream(Stream inner, long limit, string fileName) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > limit) throw new OutcomesDataException($"{fileName}: content.xml inflates past {limit} bytes.");
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }
}
