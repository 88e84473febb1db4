using System.IO.Compression;
using System.Text;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// Writes PDF syntax by hand, for documents PdfDocumentBuilder will not make: objects numbered 1, 2, ... in the
/// order added, a classic xref table and trailer. Everything is Latin-1 so byte offsets equal character offsets.
/// </summary>
public sealed class RawPdf
{
    public const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private readonly List<byte[]> _bodies = [];

    public int Add(string body)
    {
        _bodies.Add(Encoding.Latin1.GetBytes(body));
        return _bodies.Count;
    }

    /// <summary>A stream object; <c>/Length</c> is the data's length unless <paramref name="entries"/> names one.</summary>
    public int AddStream(string entries, byte[] data)
    {
        var length = entries.Contains("/Length", StringComparison.Ordinal) ? "" : $" /Length {data.Length}";
        var head = Encoding.Latin1.GetBytes($"<< {entries}{length} >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        _bodies.Add([.. head, .. data, .. tail]);
        return _bodies.Count;
    }

    /// <param name="xref">false leaves the xref table and startxref out altogether.</param>
    /// <param name="startXref">Overrides the startxref value (a wrong pointer).</param>
    public byte[] Build(int root = 1, string trailerExtra = "", bool xref = true, long? startXref = null)
    {
        var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < _bodies.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            output.Write(_bodies[i]);
            Write("\nendobj\n");
        }
        var xrefAt = output.Position;
        if (xref)
        {
            Write($"xref\n0 {_bodies.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer\n<< /Size {_bodies.Count + 1} /Root {root} 0 R {trailerExtra}>>\n");
        if (xref || startXref is not null) Write($"startxref\n{startXref ?? xrefAt}\n");
        Write("%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Catalog (1), page tree (2), one A4 page (3), its font (4) and content stream (5).</summary>
    public static RawPdf OnePage(string content, string font = Helvetica, string contentEntries = "")
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        pdf.Add(font);
        pdf.AddStream(contentEntries, Encoding.Latin1.GetBytes(content));
        return pdf;
    }

    public static string Text(params string[] lines) =>
        "BT /F1 12 Tf 14 TL 70 760 Td " + string.Concat(lines.Select(l => $"({l.Replace("(", "\\(").Replace(")", "\\)")}) Tj T* ")) + "ET";

    public static byte[] Deflate(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        using (var deflater = new ZLibStream(output, level, leaveOpen: true)) deflater.Write(data);
        return output.ToArray();
    }

    /// <summary>Deflates <paramref name="length"/> zero bytes without holding them in memory.</summary>
    public static byte[] DeflatedZeros(long length)
    {
        var output = new MemoryStream();
        var zeros = new byte[1024 * 1024];
        using (var deflater = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            for (long written = 0; written < length; written += zeros.Length)
                deflater.Write(zeros, 0, (int)Math.Min(zeros.Length, length - written));
        return output.ToArray();
    }
}
