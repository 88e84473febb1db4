using System.Globalization;
using System.Text;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Context;

/// <summary>
/// The product's own form of an outcomes release: UTF-8, one record a line, tab-separated, first field the record type.
/// <code>
/// format       publishing-outcomes/1
/// release      title, as-at (yyyy-MM-dd), published, coverage, attribution
/// source       the sheet the inspections were read from (cited with each row)
/// council      ONS code, name, current|gone, Ofsted region, other names (';'-separated)
/// inspection   ONS code, inspected, published, type, overall, leaders, help and protection, in care, care leavers, sheet row
/// </code>
/// Grades are O, G, RI, I or empty (not judged in that inspection); before 2023 "in care" is the joint children in care
/// and care leavers judgement and "care leavers" is empty, as in Ofsted's sheet.
/// </summary>
public static class CompactOutcomesFormat
{
    public const string FileName = "outcomes.tsv";
    private const string FormatLine = "publishing-outcomes/1";

    private static readonly string[] GradeKeys =
        [JudgementKeys.OverallEffectiveness, JudgementKeys.ImpactOfLeaders, JudgementKeys.HelpAndProtection, JudgementKeys.InCare, JudgementKeys.CareLeavers];

    public static void Write(OutcomesData data, TextWriter output)
    {
        var release = data.Release;
        void Line(params string[] fields) => output.Write(string.Join('\t', fields.Select(Clean)) + "\n");
        Line("format", FormatLine);
        Line("release", release.Title, Iso(release.AsAt), Iso(release.Published), release.Coverage, release.Attribution);
        Line("source", data.Inspections[0].Source.File ?? "");
        foreach (var c in data.Regions.All.OrderBy(c => c.Code, StringComparer.Ordinal))
            Line("council", c.Code, c.Name, c.StillExists ? "current" : "gone", c.Region, string.Join(';', c.Aliases));
        var codes = data.Regions.All.ToDictionary(c => c.Key, c => c.Code, StringComparer.Ordinal);
        foreach (var i in data.Inspections.OrderBy(i => i.Source.Row))
        {
            var joint = i.Grades.ContainsKey(JudgementKeys.InCareAndCareLeavers);
            string G(string key) => i.Grades.TryGetValue(joint && key == JudgementKeys.InCare ? JudgementKeys.InCareAndCareLeavers : key, out var g) ? Code(g) : "";
            Line(["inspection", codes[i.CouncilKey], Iso(i.Inspected), Iso(i.Published), i.InspectionType, .. GradeKeys.Select(G), (i.Source.Row ?? 0).ToString(CultureInfo.InvariantCulture)]);
        }
    }

    public static OutcomesData Read(Stream stream, string fileName)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        OutcomesRelease? release = null;
        var source = fileName;
        var councils = new Dictionary<string, OutcomesCouncil>(StringComparer.Ordinal);
        var inspections = new List<OutcomesInspection>();
        var lineNumber = 0;
        var sawFormat = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            string Field(int n) => n < f.Length ? f[n] : throw new OutcomesDataException($"{fileName} line {lineNumber}: a '{f[0]}' record needs {n} fields after its type.");
            switch (f[0])
            {
                case "format" when Field(1) == FormatLine: sawFormat = true; break;
                case "format": throw new OutcomesDataException($"{fileName}: format '{f[1]}' is not {FormatLine}.");
                case "release":
                    release = new OutcomesRelease(Field(1), Date(Field(2)), Date(Field(3)), Field(4), Field(5));
                    break;
                case "source": source = Field(1); break;
                case "council":
                    var key = CouncilKeys.FromName(Field(2));
                    councils[Field(1)] = new OutcomesCouncil(Field(1), Field(2), key, Field(3) == "current", Field(4),
                        Field(5).Split(';', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "inspection":
                    var council = councils.GetValueOrDefault(Field(1)) ?? throw new OutcomesDataException($"{fileName} line {lineNumber}: council {f[1]} is not listed before its inspections.");
                    inspections.Add(new OutcomesInspection(council.Name, council.Key, council.StillExists, Date(Field(2)), Date(Field(3)), Field(4),
                        Grades(f.Skip(5).Take(5).ToArray(), fileName, lineNumber), FactSource.DataRow(source, int.Parse(Field(10), CultureInfo.InvariantCulture))));
                    break;
                default: throw new OutcomesDataException($"{fileName} line {lineNumber}: unknown record type '{f[0]}'.");
            }
        }
        if (!sawFormat) throw new OutcomesDataException($"{fileName}: no '{FormatLine}' format line (not the product's outcomes file).");
        if (release is null) throw new OutcomesDataException($"{fileName}: no release line.");
        return new OutcomesData(release, councils.Values.ToList(), inspections);

        DateOnly Date(string text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new OutcomesDataException($"{fileName} line {lineNumber}: '{text}' is not a yyyy-MM-dd date.");
    }

    private static Dictionary<string, Grade> Grades(string[] codes, string fileName, int line)
    {
        var grades = new Dictionary<string, Grade>();
        var joint = codes.Length > 4 && codes[4].Length == 0;
        for (var n = 0; n < codes.Length; n++)
        {
            if (codes[n].Length == 0) continue;
            var key = joint && GradeKeys[n] == JudgementKeys.InCare ? JudgementKeys.InCareAndCareLeavers : GradeKeys[n];
            grades[key] = codes[n] switch
            {
                "O" => Grade.Outstanding,
                "G" => Grade.Good,
                "RI" => Grade.RequiresImprovementToBeGood,
                "I" => Grade.Inadequate,
                _ => throw new OutcomesDataException($"{fileName} line {line}: '{codes[n]}' is not a grade code (O, G, RI, I)."),
            };
        }
        return grades;
    }

    private static string Code(Grade grade) => grade switch
    {
        Grade.Outstanding => "O",
        Grade.Good => "G",
        Grade.RequiresImprovementToBeGood => "RI",
        Grade.Inadequate => "I",
        _ => throw new OutcomesDataException($"grade {grade} has no code in {FormatLine}."),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Tabs and line breaks would split a record; Ofsted's cells rarely hold them (the cover's address does).
    private static string Clean(string field) => field.Replace('\t', ' ').Replace("\r", "").Replace('\n', ' ');
}
