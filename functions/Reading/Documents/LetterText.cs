using Publishing.Reading.Layout;

namespace Publishing.Reading.Documents;

/// <summary>A document's lines run together as one text (apostrophes and dashes straightened, case kept), with the
/// page each character came from: letters are read by sentence, and a sentence may cross a line or a page.</summary>
internal sealed class LetterText
{
    private readonly List<(int Offset, int Page)> _pageStarts = [];

    public LetterText(LayoutDocument document)
    {
        var text = new System.Text.StringBuilder();
        foreach (var page in document.Pages)
        {
            _pageStarts.Add((text.Length, page.Number));
            foreach (var line in page.Lines)
            {
                var printed = line.Text.Trim();
                if (printed.Length == 0) continue;
                // A word broken at a line end ("decision-" / "making") is joined back; other lines by a space.
                if (text.Length > 0 && text[^1] != '-') text.Append(' ');
                text.Append(Straighten(printed));
            }
        }
        Text = text.ToString();
    }

    public string Text { get; }

    public int PageAt(int offset) => _pageStarts.LastOrDefault(s => s.Offset <= offset).Page is var page && page > 0 ? page : 1;

    /// <summary>The sentence starting at <paramref name="start"/>: up to a full stop followed by a capital or the end.</summary>
    public string SentenceFrom(int start)
    {
        for (var i = start; i < Text.Length - 1; i++)
        {
            if (Text[i] is '.' or '?' && Text[i + 1] == ' ' && (i + 2 >= Text.Length || char.IsUpper(Text[i + 2]) || Text[i + 2] == '•'))
                return Text[start..(i + 1)];
        }
        return Text[start..];
    }

    private static string Straighten(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00A0', ' ');
}
