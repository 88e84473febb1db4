using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Publishing.Tests.Summaries.Context;

/// <summary>
/// Writes an OpenDocument spreadsheet the way LibreOffice and Ofsted's exports lay one out: dates as date cells with
/// their display text, empty cells and rows run together with number-*-repeated, padding to the sheet's last column and
/// row, multi-paragraph cells and <c>text:s</c> spaces.
/// </summary>
internal static class OdsTestFile
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    public static byte[] Build(IEnumerable<(string Sheet, IReadOnlyList<string[]> Rows)> sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var m = mime.Open()) m.Write("application/vnd.oasis.opendocument.spreadsheet"u8);
            using var content = zip.CreateEntry("content.xml").Open();
            using var xml = XmlWriter.Create(content, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
            xml.WriteStartElement("office", "document-content", Office);
            xml.WriteAttributeString("xmlns", "table", null, Table);
            xml.WriteAttributeString("xmlns", "text", null, Text);
            xml.WriteStartElement("office", "body", Office);
            xml.WriteStartElement("office", "spreadsheet", Office);
            foreach (var (sheet, rows) in sheets) WriteTable(xml, sheet, rows);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteTable(XmlWriter xml, string name, IReadOnlyList<string[]> rows)
    {
        xml.WriteStartElement("table", "table", Table);
        xml.WriteAttributeString("table", "name", Table, name);
        foreach (var row in rows)
        {
            xml.WriteStartElement("table", "table-row", Table);
            var empty = 0;
            foreach (var cell in row)
            {
                if (cell.Length == 0) { empty++; continue; }
                if (empty > 0) { EmptyCells(xml, empty); empty = 0; }
                WriteCell(xml, cell);
            }
            EmptyCells(xml, 1024 - row.Length + empty); // padding to the sheet's last column
            xml.WriteEndElement();
        }
        xml.WriteStartElement("table", "table-row", Table);
        xml.WriteAttributeString("table", "number-rows-repeated", Table, "1048000");
        EmptyCells(xml, 1024);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, string cell)
    {
        xml.WriteStartElement("table", "table-cell", Table);
        if (DateOnly.TryParseExact(cell, "dd/MM/yyyy", out var date))
        {
            xml.WriteAttributeString("office", "value-type", Office, "date");
            xml.WriteAttributeString("office", "date-value", Office, date.ToString("yyyy-MM-dd") + "T00:00:00");
        }
        else xml.WriteAttributeString("office", "value-type", Office, "string");
        foreach (var paragraph in cell.Split('\n'))
        {
            xml.WriteStartElement("text", "p", Text);
            var parts = paragraph.Split("  ");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    xml.WriteString(" ");
                    xml.WriteStartElement("text", "s", Text);
                    xml.WriteEndElement();
                }
                xml.WriteString(parts[i]);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void EmptyCells(XmlWriter xml, int count)
    {
        if (count <= 0) return;
        xml.WriteStartElement("table", "table-cell", Table);
        if (count > 1) xml.WriteAttributeString("table", "number-columns-repeated", Table, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
