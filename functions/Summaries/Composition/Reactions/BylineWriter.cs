using System.Text;

namespace Publishing.Summaries.Composition.Reactions;

/// <summary>
/// "Name, role, Body" with nothing said twice: the speaker, an attribution pasted into the text, the role and the
/// body are split at commas and semicolons, and a part whose words already stand in an earlier part is left out
/// ("Ofsted spokesperson" + "spokesperson" + "Ofsted" is "Ofsted spokesperson"); a later part that holds an earlier
/// one takes its place. A pasted part ending in a word of the speaker's name ("Prof Reeve" beside "Professor Alan
/// Reeve") is the same person named again.
/// </summary>
internal static class BylineWriter
{
    public static string Write(string speaker, string? pasted, string? role, string body)
    {
        var speakerWords = Words(speaker);
        var kept = new List<(string Text, string[] Words)>();
        foreach (var (field, isPasted) in new[] { (speaker, false), (pasted, true), (role, false), (body, false) })
        {
            if (string.IsNullOrWhiteSpace(field)) continue;
            foreach (var raw in field.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = Words(raw);
                if (words.Length == 0 || kept.Any(k => Contains(k.Words, words))) continue;
                if (isPasted && speakerWords.Contains(words[^1])) continue;
                var held = kept.FindIndex(k => Contains(words, k.Words));
                if (held >= 0)
                {
                    kept[held] = (raw, words);
                    kept.RemoveAll(k => k.Text != raw && Contains(words, k.Words));
                }
                else kept.Add((raw, words));
            }
        }
        return string.Join(", ", kept.Select(k => k.Text));
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant() + " ")
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c is '\'' or '’') continue;
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (words.Count > 1 && words[0] is "a" or "an" or "the") words.RemoveAt(0);
        return [.. words];
    }

    // Whether part's words appear, in order and together, in whole.
    private static bool Contains(string[] whole, string[] part)
    {
        for (var i = 0; i + part.Length <= whole.Length; i++)
            if (whole.AsSpan(i, part.Length).SequenceEqual(part)) return true;
        return false;
    }
}
