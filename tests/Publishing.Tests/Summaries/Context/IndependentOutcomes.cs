using System.Globalization;
using Microsoft.VisualBasic.FileIO;

namespace Publishing.Tests.Summaries.Context;

/// <summary>
/// The outcomes CSVs read a second way (the framework's TextFieldParser, councils identified by ONS area code) to
/// check the summary's national picture and previous inspections against.
/// </summary>
public static class IndependentOutcomes
{
    public sealed record Row(int Number, string AreaCode, string Name, bool Current, DateOnly Published, string Overall, string[] Cells);

    public static string HistoryFile => Directory.GetFiles(SummaryFixtures.OutcomesFolder, "*ILACS_inspection_history.csv").Single();

    public static IReadOnlyList<Row> History()
    {
        var rows = new List<Row>();
        using var parser = new TextFieldParser(HistoryFile) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var number = 0;
        while (!parser.EndOfData)
        {
            var cells = parser.ReadFields()!;
            number++;
            if (number <= 3) continue; // two title rows and the header
            rows.Add(new Row(number, cells[1], cells[2], cells[3] == "Current",
                DateOnly.ParseExact(cells[6], "dd/MM/yyyy", CultureInfo.InvariantCulture), cells[8], cells));
        }
        return rows;
    }

    /// <summary>
    /// Region of each council in the history, by its name as the history prints it, matched to la_lookup.csv's name or
    /// "also known as" list after a light normalisation of its own (the lookup uses newer ONS codes than the history).
    /// </summary>
    public static IReadOnlyDictionary<string, string> RegionByHistoryName()
    {
        var byName = new Dictionary<string, string>();
        using var parser = new TextFieldParser(Path.Combine(SummaryFixtures.OutcomesFolder, "la_lookup.csv")) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.Select(h => h.Trim('\uFEFF')).ToList();
        while (!parser.EndOfData)
        {
            var cells = parser.ReadFields()!;
            var region = cells[header.IndexOf("region_name")];
            var names = cells[header.IndexOf("also_known_as")].Trim('[', ']').Split(',').Append(cells[header.IndexOf("local_authority_ons_name")]);
            foreach (var name in names) byName.TryAdd(Plain(name), region);
        }
        return History().Select(r => r.Name).Distinct().Where(n => byName.ContainsKey(Plain(n))).ToDictionary(n => n, n => byName[Plain(n)]);
    }

    private static string Plain(string name) => name.ToLowerInvariant().Replace("&", "and").Replace(".", "").Replace(", city of", "").Replace(" borough", "").Trim();

    /// <summary>Each current council's latest overall grade published by <paramref name="asAt"/>, by area code.</summary>
    public static Dictionary<string, Row> LatestAsAt(DateOnly asAt) =>
        History().Where(r => r.Current && r.Published <= asAt)
            .GroupBy(r => r.AreaCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Published).Last());
}
