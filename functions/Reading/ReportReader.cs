using System.Diagnostics;
using Publishing.Reading.Layout;
using Publishing.Reading.Limits;
using Publishing.Reading.Documents;
using Publishing.Reading.Parsing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Publishing.Reading;

/// <summary>Reads an Ofsted children's services report (PDF, or its text form) into a typed report or an explained failure. Thread-safe.</summary>
public sealed class ReportReader
{
    /// <summary>How long past <see cref="ReportReaderOptions.TimeBudget"/> a read may run before the caller stops waiting for it.</summary>
    public static TimeSpan HardStopGrace(TimeSpan budget) => TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerSecond, budget.Ticks / 10));

    private readonly ReportReaderOptions _options;

    public ReportReader(ReportReaderOptions? options = null) => _options = options ?? new ReportReaderOptions();

    public ReadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return ReadText(File.ReadAllText(path), path);
        var info = new FileInfo(path);
        if (info.Length > _options.MaxBytes)
            return ReadResult.Fail(ReadFailureKind.TooLarge, $"at most {_options.MaxBytes:N0} bytes", $"{info.Length:N0} bytes");
        return ReadPdf(File.ReadAllBytes(path), path, cancellationToken);
    }

    public ReadResult ReadPdf(Stream stream, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > _options.MaxBytes)
                return ReadResult.Fail(ReadFailureKind.TooLarge, $"at most {_options.MaxBytes:N0} bytes", "a larger document");
            buffer.Write(chunk, 0, n);
        }
        return ReadPdf(buffer.ToArray(), sourceName, cancellationToken);
    }

    public ReadResult ReadPdf(byte[] bytes, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        if (bytes.Length == 0) return ReadResult.Fail(ReadFailureKind.NotAPdf, "a PDF document", "zero bytes");
        if (bytes.Length > _options.MaxBytes)
            return ReadResult.Fail(ReadFailureKind.TooLarge, $"at most {_options.MaxBytes:N0} bytes", $"{bytes.Length:N0} bytes");
        if (!LooksLikePdf(bytes))
            return ReadResult.Fail(ReadFailureKind.NotAPdf, "a PDF document (starting %PDF-)", $"content starting '{Printable(bytes)}'");

        // The reader checks the budget between pages and says how far it got; the hard stop, a moment later, catches
        // a document PdfPig is stuck inside (one page, or opening the file).
        var budget = _options.TimeBudget;
        return BoundedRun.Run(token => ReadWithinLimits(bytes, sourceName, token), budget + HardStopGrace(budget), cancellationToken)
            ?? ReadResult.Fail(ReadFailureKind.TimedOut, $"reading within {budget.TotalSeconds:0.#} s", "a document still being parsed when the time ran out (reading was abandoned)");
    }

    private static DateOnly? CreatedOn(PdfDocument pdf)
    {
        try
        {
            return pdf.Information.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.UtcDateTime) : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return null; // a malformed date in the metadata is no reason to refuse the report
        }
    }

    private ReadResult ReadWithinLimits(byte[] bytes, string? sourceName, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var decoded = new DecodedStreams(bytes);
        try
        {
            var streamBytes = new Dictionary<long, long>();
            if (PdfPreflight.Check(bytes, _options, streamBytes, decoded) is { } refused) return ReadResult.Fail(refused);
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new BoundedFilterProvider(decoded, _options) };
            using var pdf = PdfDocument.Open(bytes, parsing);
            if (pdf.NumberOfPages > _options.MaxPages)
                return ReadResult.Fail(ReadFailureKind.TooLarge, $"at most {_options.MaxPages} pages", $"{pdf.NumberOfPages} pages");
            var pageTree = PageTree.Leaves(pdf);
            var contentBytes = PageContentSizes.ByPage(pdf, pageTree, streamBytes);
            var work = new PageWork(pdf, parsing.FilterProvider, decoded, _options, cancellationToken);
            var pages = new List<LayoutPage>(pdf.NumberOfPages);
            for (var i = 1; i <= pdf.NumberOfPages; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > _options.TimeBudget)
                    return ReadResult.Fail(ReadFailureKind.TimedOut, $"reading within {_options.TimeBudget.TotalSeconds:0.#} s", $"only {i - 1} of {pdf.NumberOfPages} pages read when the time ran out");
                if (contentBytes.GetValueOrDefault(i) > _options.MaxPageContentBytes)
                    return ReadResult.Fail(ReadFailureKind.TooLarge, $"pages whose content decodes to at most {_options.MaxPageContentBytes:N0} bytes", $"page {i} with {contentBytes[i]:N0} bytes of content (a flood of text?)");
                if (i <= pageTree.Count && work.Check(i, pageTree[i - 1]) is { } tooMuch) return ReadResult.Fail(tooMuch);
                pages.Add(PdfLayoutExtractor.ToLayout(pdf.GetPage(i)));
                if (decoded.Refusal is { } caught) return ReadResult.Fail(caught); // a limit PdfPig caught and read past
            }
            return TextControls.Neutralise(DocumentReader.Parse(new LayoutDocument(pages, CreatedOn(pdf)), sourceName));
        }
        catch (Exception) when (decoded.Refusal is { } limit)
        {
            return ReadResult.Fail(limit);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Fail(ReadFailureKind.Encrypted, "an unencrypted PDF", "a password-protected PDF");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (OutOfMemoryException)
        {
            // One impossible allocation (a declared length or count taken at its word), not an exhausted heap.
            return ReadResult.Fail(ReadFailureKind.TooLarge, "a document that fits in memory", "a PDF that asked for more memory than the process has");
        }
        catch (Exception ex)
        {
            // PdfPig throws a variety of exception types on damaged files; all mean the same to a caller.
            return ReadResult.Fail(ReadFailureKind.CorruptPdf, "a well-formed PDF", $"a damaged or truncated PDF ({ex.GetType().Name}: {Shorten(ex.Message)})");
        }
    }

    public ReadResult ReadText(string text, string? sourceName = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(ReadFailureKind.NoText, "report text", "an empty text");
        return TextControls.Neutralise(DocumentReader.Parse(PlainTextLayoutExtractor.ToLayout(text), sourceName));
    }

    private static bool LooksLikePdf(byte[] bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    private static string Printable(byte[] bytes) =>
        new(System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 16)).Select(c => char.IsControl(c) || c > 126 ? '.' : c).ToArray());

    private static string Shorten(string message) => message.Length > 160 ? message[..160] + "…" : message;
}
