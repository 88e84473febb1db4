using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;
using Publishing.Summaries.Composition;

namespace Publishing.Tests.Summaries;

/// <summary>
/// Reads back, from a rendered summary's text, every grade it states for one of this report's judgements: the
/// judgement table's rows, "name judged Grade" in prose, "name: Grade in 2019, now Grade" trend lines, and the
/// placement's "overall grade of Grade". Works on the rendered output, not on the model.
/// </summary>
public static partial class RenderedGrades
{
    public sealed record Stated(string Key, string GradeWords, string Where);

    private static readonly string Grades = string.Join("|", Enum.GetValues<Grade>().Select(g => Regex.Escape(g.ToOfstedWords())).OrderByDescending(g => g.Length));
    private static readonly string Names = string.Join("|", JudgementNames.All.Select(n => Regex.Escape(n.Name)).Append(Regex.Escape(JudgementNames.ChildrensServices)));
    private static readonly Regex JudgedProse = new($@"(?<names>(?:{Names})(?:(?:, | and )(?:{Names}))*) judged (?<grade>{Grades})\b", RegexOptions.IgnoreCase);
    private static readonly Regex TrendLine = new($@"(?<name>{Names}): (?:{Grades}) in \d{{4}}, now (?<grade>{Grades})\b", RegexOptions.IgnoreCase);
    private static readonly Regex Placement = new($@"\ban overall grade of (?<grade>{Grades})\b", RegexOptions.IgnoreCase);
    private static readonly Regex NameSplit = new($@"{Names}", RegexOptions.IgnoreCase);

    public static IReadOnlyList<Stated> Read(string format, string output) => format switch
    {
        "markdown" => FromMarkdown(output),
        "html" => FromHtml(output),
        "text" => FromText(output),
        "json" => FromJson(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The table label's key: the reader's own label map, plus SIF's sentence-form overall and LSCB rows.</summary>
    public static string? KeyForLabel(string label) =>
        JudgementLabels.KeyFor(label)
        ?? (label.Contains("Safeguarding Children Board", StringComparison.OrdinalIgnoreCase) || label.Contains("LSCB", StringComparison.Ordinal) ? JudgementKeys.Lscb
            : label.Contains("services in", StringComparison.OrdinalIgnoreCase) || label.Contains("overall judgement", StringComparison.OrdinalIgnoreCase) ? JudgementKeys.OverallEffectiveness : null);

    private static List<Stated> FromMarkdown(string md)
    {
        var text = MarkdownUnescape().Replace(md, "$1");
        var stated = new List<Stated>();
        foreach (var line in text.Split('\n'))
        {
            var row = MarkdownRow().Match(line);
            if (row.Success && KeyForLabel(row.Groups["label"].Value) is { } key) stated.Add(new(key, row.Groups["grade"].Value, "markdown table"));
        }
        stated.AddRange(FromProse(text, "markdown"));
        return stated;
    }

    private static List<Stated> FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var stated = new List<Stated>();
        foreach (var row in document.QuerySelectorAll("tbody tr"))
        {
            var label = row.QuerySelector("th")?.TextContent ?? "";
            var grade = row.QuerySelectorAll("td").FirstOrDefault()?.TextContent ?? "";
            if (KeyForLabel(label) is { } key) stated.Add(new(key, grade, "html table"));
        }
        var body = document.Body!.Clone(true) as AngleSharp.Dom.IElement;
        foreach (var table in body!.QuerySelectorAll("table")) table.Remove();
        stated.AddRange(FromProse(string.Join("\n", body.QuerySelectorAll("h1,p,li,figcaption,blockquote").Select(e => e.TextContent)), "html"));
        return stated;
    }

    private static List<Stated> FromText(string text)
    {
        var lines = Unwrap(text);
        var stated = new List<Stated>();
        var inTable = false;
        foreach (var line in lines)
        {
            if (IsHeading(line)) { inTable = line == "JUDGEMENTS"; continue; }
            var row = TextRow().Match(line);
            if (inTable && row.Success && KeyForLabel(row.Groups["label"].Value) is { } key) stated.Add(new(key, row.Groups["grade"].Value, "text table"));
        }
        stated.AddRange(FromProse(string.Join("\n", lines), "text"));
        return stated;
    }

    /// <summary>Undoes the 72-column wrap: item continuations are indented; the opening paragraphs (before the first heading) run on.</summary>
    public static List<string> Unwrap(string text)
    {
        var result = new List<string>();
        var preamble = true;
        foreach (var line in text.Split('\n'))
        {
            if (IsHeading(line)) preamble = false;
            var continues = result.Count > 0 && result[^1].Length > 0 && line.Length > 0
                && (preamble || (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("  - ", StringComparison.Ordinal)));
            if (continues) result[^1] += " " + line.Trim();
            else result.Add(line);
        }
        return result;
    }

    private static bool IsHeading(string line) => line.Length > 0 && line == line.ToUpperInvariant() && line.Any(char.IsLetter) && !line.StartsWith(' ');

    private static List<Stated> FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var stated = new List<Stated>();
        foreach (var j in root.GetProperty("judgements").EnumerateArray())
            stated.Add(new(j.GetProperty("key").GetString()!, j.GetProperty("gradeWords").GetString()!, "json judgements"));
        if (root.TryGetProperty("overall", out var overall))
            stated.Add(new(overall.GetProperty("key").GetString()!, overall.GetProperty("gradeWords").GetString()!, "json overall"));
        foreach (var s in root.GetProperty("spread").EnumerateArray())
            stated.Add(new(s.GetProperty("key").GetString()!, s.GetProperty("gradeWords").GetString()!, "json spread"));
        foreach (var c in root.GetProperty("trend").GetProperty("changes").EnumerateArray())
            stated.Add(new(c.GetProperty("key").GetString()!, c.GetProperty("currentWords").GetString()!, "json trend"));
        var prose = string.Join("\n", new[] { "headline", "standfirst" }.Select(p => root.GetProperty(p).GetString()));
        if (root.GetProperty("picture").TryGetProperty("placement", out var placement)) prose += "\n" + placement.GetString();
        stated.AddRange(FromProse(prose, "json"));
        return stated;
    }

    private static IEnumerable<Stated> FromProse(string text, string form)
    {
        text = WebUtility.HtmlDecode(text);
        foreach (Match m in JudgedProse.Matches(text))
            foreach (Match name in NameSplit.Matches(m.Groups["names"].Value))
                yield return new(KeyForName(name.Value), m.Groups["grade"].Value, $"{form} prose: {m.Value}");
        foreach (Match m in TrendLine.Matches(text))
            yield return new(KeyForName(m.Groups["name"].Value), m.Groups["grade"].Value, $"{form} trend: {m.Value}");
        foreach (Match m in Placement.Matches(text))
            yield return new(JudgementKeys.OverallEffectiveness, m.Groups["grade"].Value, $"{form} placement: {m.Value}");
    }

    private static string KeyForName(string name) =>
        name.Equals(JudgementNames.ChildrensServices, StringComparison.OrdinalIgnoreCase)
            ? JudgementKeys.OverallEffectiveness
            : JudgementNames.All.First(n => n.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Key;

    [GeneratedRegex(@"\\([\\`*_{}\[\]<>|~&#:.()!+=-])")]
    private static partial Regex MarkdownUnescape();

    [GeneratedRegex(@"^\| (?<label>.+?) \| (?<grade>[^|]+?) \| \d+ \|$")]
    private static partial Regex MarkdownRow();

    [GeneratedRegex(@"^- (?<label>.+): (?<grade>[A-Za-z ]+?) \(page \d+\)$")]
    private static partial Regex TextRow();
}
