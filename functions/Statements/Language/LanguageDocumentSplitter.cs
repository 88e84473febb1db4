using System.Globalization;

namespace Publishing.Statements.Language;

/// <summary>
/// Cuts text into pieces the synchronous Language API accepts: at most 5,120 characters per document, counted as
/// text elements (what the service counts). A cut goes after the last sentence end (". ", "! ", "? ") in the second half
/// of the allowance, else after the last whitespace there, else at the limit itself; nothing is dropped.
/// </summary>
public static class LanguageDocumentSplitter
{
    public const int MaxTextElements = 5120;

    public static IReadOnlyList<string> Split(string text, int maxTextElements = MaxTextElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextElements, 2);
        var pieces = new List<string>();
        var remaining = text.Trim();
        while (remaining.Length > 0)
        {
            var starts = StringInfo.ParseCombiningCharacters(remaining);
            if (starts.Length <= maxTextElements)
            {
                pieces.Add(remaining);
                break;
            }

            var limit = starts[maxTextElements];
            var cut = CutPoint(remaining, limit, starts[maxTextElements / 2]);
            pieces.Add(remaining[..cut].TrimEnd());
            remaining = remaining[cut..].TrimStart();
        }

        return pieces;
    }

    private static int CutPoint(string text, int limit, int floor)
    {
        for (var i = limit - 1; i >= floor; i--)
        {
            if (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        for (var i = limit - 1; i >= floor; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return limit;
    }
}
