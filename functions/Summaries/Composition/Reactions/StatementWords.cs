using System.Text;
using System.Text.RegularExpressions;
using Publishing.Statements.Classification;

namespace Publishing.Summaries.Composition.Reactions;

/// <summary>
/// What a statement says, ready to print inside the summary's quotation marks: an attribution pasted in with the
/// words taken out (it goes to the byline), the statement's own outer quotation marks dropped, quotations inside it
/// nested ‘ ’ / “ ”, and its paragraphs kept. The key quote is found in the text and comes out in the same form.
/// </summary>
internal static partial class StatementWords
{
    public sealed record Words(IReadOnlyList<string> Paragraphs, string? KeyQuote, string? PastedAttribution);

    public static Words Of(string text, string? keyQuote)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        var keySpan = Locate(text, keyQuote);
        if (PastedAttribution.Find(text) is { } pasted)
        {
            var words = Prepare(text, pasted.Spans, keySpan, pasted.FullStopAt);
            if (words.WhollyQuoted && words.Paragraphs.Count > 0) return new Words(EndSentence(words.Paragraphs), words.KeyQuote, pasted.Who);
        }
        var all = Prepare(text, [(0, text.Length)], keySpan, null);
        return new Words(all.Paragraphs, all.KeyQuote ?? (keyQuote is null ? null : Clean(QuotationNesting.Nest(keyQuote).Text)), null);
    }

    // "…in Knowsley," said Jo Example: without the attribution the comma that led into it ends the sentence.
    private static IReadOnlyList<string> EndSentence(IReadOnlyList<string> paragraphs) =>
        paragraphs[^1].EndsWith(',') ? [.. paragraphs.SkipLast(1), paragraphs[^1][..^1] + "."] : paragraphs;

    private sealed record Prepared(IReadOnlyList<string> Paragraphs, string? KeyQuote, bool WhollyQuoted);

    private static Prepared Prepare(string text, IReadOnlyList<(int Start, int End)> spans, (int Start, int End)? key, int? fullStopAt)
    {
        var marked = new StringBuilder(text.Length + 2);
        bool keyOpen = false, keyDone = false;
        foreach (var (start, end) in spans)
        {
            if (marked.Length > 0) marked.Append(' ');
            for (var i = start; i < end; i++)
            {
                if (key is { } k && !keyOpen && !keyDone && i >= k.Start && i < k.End) { marked.Append(QuotationNesting.SpanStart); keyOpen = true; }
                if (key is { } e && keyOpen && i >= e.End) { marked.Append(QuotationNesting.SpanEnd); keyOpen = false; keyDone = true; }
                marked.Append(i == fullStopAt ? '.' : text[i]);
            }
        }
        if (keyOpen) marked.Append(QuotationNesting.SpanEnd);
        var nested = QuotationNesting.Nest(string.Join('\n', Paragraphs(marked.ToString())));
        var output = nested.Text;
        string? keyQuote = null;
        var from = output.IndexOf(QuotationNesting.SpanStart);
        var to = output.IndexOf(QuotationNesting.SpanEnd);
        if (from >= 0 && to > from) keyQuote = Clean(output[(from + 1)..to].Replace('\n', ' '));
        var paragraphs = output.Replace(QuotationNesting.SpanStart.ToString(), "").Replace(QuotationNesting.SpanEnd.ToString(), "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Prepared(paragraphs, keyQuote, nested.WhollyQuoted);
    }

    // Blank lines separate paragraphs where the text has them (single line breaks are then only wrapping); otherwise each line is one.
    private static IEnumerable<string> Paragraphs(string text)
    {
        var blocks = BlankLine().IsMatch(text) ? BlankLine().Split(text) : text.Split('\n');
        return blocks.Select(b => Whitespace().Replace(b, " ").Trim()).Where(b => b.Length > 0);
    }

    // The key quote is a sentence of the text with its whitespace run together and perhaps its quotation marks made plain.
    private static (int Start, int End)? Locate(string text, string? keyQuote)
    {
        if (string.IsNullOrWhiteSpace(keyQuote)) return null;
        var pattern = string.Join(@"\s+", PlainQuotes.Of(keyQuote).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        try
        {
            var match = Regex.Match(PlainQuotes.Of(text), pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return match.Success ? (match.Index, match.Index + match.Length) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // the key quote is then printed without emphasis
        }
    }

    // A sentence cut from inside a quotation can hold one of its marks without the other: those are dropped.
    private static string? Clean(string quote)
    {
        var text = Whitespace().Replace(quote, " ").Trim();
        var drop = new HashSet<int>();
        var open = new Stack<(int At, char Mark)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '‘') open.Push((i, c));
            else if (c is '”' || c is '’' && !(i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                var opener = c == '”' ? '“' : '‘';
                if (open.Count > 0 && open.Peek().Mark == opener) open.Pop();
                else if (c == '”' || i == 0 || !char.IsLetterOrDigit(text[i - 1])) drop.Add(i);
            }
        }
        foreach (var (at, _) in open) drop.Add(at);
        var cleaned = new string(text.Where((_, i) => !drop.Contains(i)).ToArray()).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
