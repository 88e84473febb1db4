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

    /// <summary>Every row of one sheet of the release folder (a file name, or a full path), as TextFieldParser reads it.</summary>
    public static List<string[]> SheetRows(string file)
    {
        using var parser = new TextFieldParser(Path.Combine(SummaryFixtures.OutcomesFolder, file)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields() ?? []);
        return rows;
    }

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

    /// <summary>Ofsted's region of each council, by its name as the history prints it (its "Ofsted region" column).</summary>
    public static IReadOnlyDictionary<string, string> RegionByHistoryName() =>
        History().GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Last().Cells[4]);

    /// <summary>Each current council's latest overall grade published by <paramref name="asAt"/>, by area code.</summary>
    public static Dictionary<string, Row> LatestAsAt(DateOnly asAt) =>
        History().Where(r => r.Current && r.Published <= asAt)
            .GroupBy(r => r.AreaCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Published).Last());
}
