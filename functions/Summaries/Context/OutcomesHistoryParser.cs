using System.Globalization;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Context;

/// <summary>
/// Reads Ofsted's "ILACS inspection history" sheet (CSV or a spreadsheet's table): title rows, then a header row
/// starting "Web link". Columns are found by their header text. Before 2023 the children-in-care column judged children
/// in care and care leavers together (the care leavers column is blank), so it maps to <see cref="JudgementKeys.InCareAndCareLeavers"/>.
/// Each council's ONS code, name, status and Ofsted region come from the same rows.
/// </summary>
internal static class OutcomesHistoryParser
{
    private const string InCareHeader = "The experiences and progress of children in care";
    private const string CareLeaversHeader = "The experiences and progress of care leavers";

    private static readonly (string Header, string Key)[] GradeColumns =
    [
        ("Overall effectiveness", JudgementKeys.OverallEffectiveness),
        ("The impact of leaders on social work practice with children and families", JudgementKeys.ImpactOfLeaders),
        ("The experiences and progress of children who need help and protection", JudgementKeys.HelpAndProtection),
    ];

    public sealed record Result(IReadOnlyList<OutcomesInspection> Inspections, IReadOnlyList<OutcomesCouncil> Councils);

    public static Result Parse(IReadOnlyList<string[]> records, string fileName)
    {
        var headerIndex = records.ToList().FindIndex(r => r.Length > 0 && r[0].Trim() == "Web link");
        if (headerIndex < 0) throw new OutcomesDataException($"{fileName}: no header row starting 'Web link' (expected Ofsted's ILACS inspection history sheet).");
        var header = records[headerIndex].Select(h => h.Trim()).ToList();
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new OutcomesDataException($"{fileName}: no '{name}' column.");
        int Optional(string name) => header.IndexOf(name);
        var name = Column("Local authority name");
        var status = Column("Local authority status");
        var code = Optional("Local authority area code");
        var region = Column("Ofsted region");
        var inspected = Column("Inspection date");
        var published = Column("Publication date");
        var type = Column("Inspection type");
        var gradeColumns = GradeColumns.Select(g => (Index: Column(g.Header), g.Key)).ToList();
        var inCare = Column(InCareHeader);
        var careLeavers = Column(CareLeaversHeader);

        var inspections = new List<OutcomesInspection>();
        var councils = new Dictionary<string, OutcomesCouncil>(StringComparer.Ordinal);
        for (var r = headerIndex + 1; r < records.Count; r++)
        {
            var row = records[r];
            string Cell(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
            if (Cell(name).Length == 0) continue;
            var rowNumber = r + 1;
            var grades = new Dictionary<string, Grade>();
            foreach (var (index, key) in gradeColumns) AddGrade(grades, key, Cell(index), fileName, rowNumber);
            var careLeaversGrade = Cell(careLeavers);
            if (careLeaversGrade.Length == 0)
            {
                AddGrade(grades, JudgementKeys.InCareAndCareLeavers, Cell(inCare), fileName, rowNumber);
            }
            else
            {
                AddGrade(grades, JudgementKeys.InCare, Cell(inCare), fileName, rowNumber);
                AddGrade(grades, JudgementKeys.CareLeavers, careLeaversGrade, fileName, rowNumber);
            }
            var councilKey = CouncilKeys.FromName(Cell(name));
            var stillExists = !Cell(status).Equals("No longer exists", StringComparison.OrdinalIgnoreCase);
            if (Cell(region).Length == 0) throw new OutcomesDataException($"{fileName} row {rowNumber}: no Ofsted region for {Cell(name)}.");
            councils.TryAdd(councilKey, new OutcomesCouncil(Cell(code).Length > 0 ? Cell(code) : councilKey, Cell(name), councilKey, stillExists, Cell(region), []));
            inspections.Add(new OutcomesInspection(
                Cell(name),
                councilKey,
                stillExists,
                Date(Cell(inspected), fileName, rowNumber),
                Date(Cell(published), fileName, rowNumber),
                Cell(type),
                grades,
                FactSource.DataRow(fileName, rowNumber)));
        }
        if (inspections.Count == 0) throw new OutcomesDataException($"{fileName}: the ILACS inspection history has no inspections.");
        return new Result(inspections, councils.Values.ToList());
    }

    private static void AddGrade(Dictionary<string, Grade> grades, string key, string words, string file, int row)
    {
        if (words.Length == 0) return;
        if (!GradeWording.TryParseOfstedWords(words, out var grade))
            throw new OutcomesDataException($"{file} row {row}: '{words}' is not one of Ofsted's grades.");
        grades[key] = grade;
    }

    // Ofsted's CSV sheets print dd/MM/yyyy; a spreadsheet's date cells are read as ISO dates.
    private static DateOnly Date(string text, string file, int row) =>
        DateOnly.TryParseExact(text, ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new OutcomesDataException($"{file} row {row}: '{text}' is not a dd/MM/yyyy date.");
}
