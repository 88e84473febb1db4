using System.Text;

namespace Publishing.Summaries.Composition.Reactions;

/// <summary>
/// Re-marks the quotations inside a statement for printing inside the summary's own “ ” marks: quotations nest
/// alternately as ‘ ’ then “ ” by depth, whatever marks (straight or typographic) the statement was pasted with.
/// Where everything the statement says is already inside quotation marks (each paragraph quoted, or a newspaper's
/// continued quotation that opens every paragraph and closes only the last), those outer marks are dropped, so the
/// summary's marks are not doubled. Apostrophes stay apostrophes (’). Paragraphs are separated by '\n'.
/// </summary>
internal static class QuotationNesting
{
    /// <summary>Passes through untouched and is invisible to the context checks (marks a span to find again).</summary>
    public const char SpanStart = '\uE000';
    public const char SpanEnd = '\uE001';

    private enum Kind { Text, Open, Close }

    private readonly record struct Token(Kind Kind, char Char, int Level);

    public sealed record Result(string Text, bool WhollyQuoted);

    public static Result Nest(string text)
    {
        var tokens = Tokenize(text);
        var wholly = WhollyQuoted(tokens);
        var output = new StringBuilder(text.Length);
        foreach (var token in tokens)
        {
            if (token.Kind == Kind.Text) { output.Append(token.Char); continue; }
            var level = wholly ? token.Level - 1 : token.Level;
            if (level < 0) continue;
            output.Append((token.Kind, level % 2 == 0) switch
            {
                (Kind.Open, true) => '‘',
                (Kind.Close, true) => '’',
                (Kind.Open, false) => '“',
                _ => '”',
            });
        }
        return new Result(output.ToString(), wholly);
    }

    // Everything said sits inside level-0 quotations: outside them there is only space and punctuation.
    private static bool WhollyQuoted(List<Token> tokens)
    {
        var depth = 0;
        var quoted = false;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case Kind.Open: depth++; quoted = true; break;
                case Kind.Close: depth--; break;
                default:
                    if (depth == 0 && !char.IsWhiteSpace(token.Char) && !char.IsPunctuation(token.Char) && token.Char is not (SpanStart or SpanEnd)) return false;
                    break;
            }
        }
        return quoted;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length);
        var open = new List<bool>(); // true: a double quotation is open at that depth; false: a single one
        var closerFollows = SingleClosersFollow(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var prev = Significant(text, i, -1);
            var next = Significant(text, i, +1);
            switch (c)
            {
                case '“' or '„':
                    Open(true, prev);
                    break;
                case '”':
                    if (open.Contains(true)) Close(true);
                    break;
                case '"':
                    if (open.Count > 0 && open[^1] && !IsSpace(prev)) Close(true);
                    else if (OpensHere(prev) && !IsSpace(next)) Open(true, prev);
                    else if (open.Contains(true)) Close(true);
                    break;
                case '‘':
                    if (OpensHere(prev) && !IsSpace(next) && closerFollows[i]) Open(false, prev);
                    else tokens.Add(new Token(Kind.Text, '’', 0));
                    break;
                case '’' or '\'':
                    if (open.Count > 0 && !open[^1] && !IsSpace(prev) && !IsWordChar(next)) Close(false);
                    else if (c == '\'' && OpensHere(prev) && IsWordChar(next) && closerFollows[i]) Open(false, prev);
                    else tokens.Add(new Token(Kind.Text, '’', 0));
                    break;
                default:
                    tokens.Add(new Token(Kind.Text, c, 0));
                    break;
            }
        }
        while (open.Count > 0) Close(open[^1]);
        return tokens;

        void Open(bool isDouble, char? prev)
        {
            // A quotation continued into a new paragraph opens it again without a close: not a new quotation.
            if (prev is null or '\n' && open.Count > 0 && open[^1] == isDouble && tokens.Count > 0) return;
            open.Add(isDouble);
            tokens.Add(new Token(Kind.Open, ' ', open.Count - 1));
        }

        void Close(bool isDouble)
        {
            while (open.Count > 0)
            {
                var was = open[^1];
                open.RemoveAt(open.Count - 1);
                tokens.Add(new Token(Kind.Close, ' ', open.Count));
                if (was == isDouble) return;
            }
        }
    }

    private static char? Significant(string text, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < text.Length; i += step)
            if (text[i] is not (SpanStart or SpanEnd)) return text[i];
        return null;
    }

    private static bool IsSpace(char? c) => c is null || char.IsWhiteSpace(c.Value);

    private static bool IsWordChar(char? c) => c is { } ch && char.IsLetterOrDigit(ch);

    private static bool OpensHere(char? prev) => prev is null || char.IsWhiteSpace(prev.Value) || prev is '(' or '[' or '—' or '–' or '-' or '/' or '“' or '‘' or '"' or '\'';

    // A single mark opens a quotation only if a closing single mark follows in the same paragraph; else it is an
    // apostrophe ('90s). Worked out in one pass from the end, so a statement full of apostrophes costs no more.
    private static bool[] SingleClosersFollow(string text)
    {
        var follows = new bool[text.Length];
        var seen = false;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            follows[i] = seen;
            if (text[i] == '\n') seen = false;
            else if (text[i] is '’' or '\'' && !IsSpace(Significant(text, i, -1)) && !IsWordChar(Significant(text, i, +1))) seen = true;
        }
        return follows;
    }
}
