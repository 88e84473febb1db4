using System.Text;

namespace Publishing.Summaries.Rendering;

/// <summary>Greedy word wrap for wire copy; a word longer than the width is put on a line of its own.</summary>
internal static class TextWrapper
{
    public static IEnumerable<string> Wrap(string text, int width, string indent = "", string firstIndent = "")
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in MarkdownText.OneLine(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        if (!empty) yield return line.ToString();
    }
}
