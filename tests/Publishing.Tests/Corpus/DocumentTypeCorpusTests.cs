using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reading.AreaSend;
using Publishing.Reading.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Reads every focused visit and area SEND inspection of the development part and checks each field
/// focused-visits.csv / area-send.csv give, and the fields this project's own CSVs add (focused-visits-read.csv,
/// area-send-read.csv, hand-checked on a sample: see README). The holdout part is read for its figures only.
/// </summary>
public class DocumentTypeCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void FocusedVisits_DevelopmentPart_EveryFieldRight_NoGrade()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var shared = Csv(Path.Combine(RepositoryPaths.SharedCorpus, "focused-visits.csv"));
        var own = Csv(Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Corpus", "focused-visits-read.csv")).ToDictionary(r => r["file"]);
        var results = ReadAll("focused-visits", shared.Select(r => r["file"]));
        var problems = new List<string>();
        foreach (var row in shared)
        {
            var file = row["file"];
            var holdout = DocumentTypeHoldout.IsHoldout("focused-visits.csv", file);
            var found = CheckFocusedVisit(row, holdout ? null : own[file], results[file]);
            if (!holdout) problems.AddRange(found.Select(p => $"{file}: {p}"));
        }
        Report("focused visits", "focused-visits.csv", shared, results, (row, r) => CheckFocusedVisit(row, null, r));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public void AreaSend_DevelopmentPart_EveryFieldRight_NoGrade()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var shared = Csv(Path.Combine(RepositoryPaths.SharedCorpus, "area-send.csv"));
        var own = Csv(Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Corpus", "area-send-read.csv")).ToDictionary(r => r["file"]);
        var results = ReadAll("area-send", shared.Select(r => r["file"]));
        var problems = new List<string>();
        foreach (var row in shared)
        {
            var file = row["file"];
            if (DocumentTypeHoldout.IsHoldout("area-send.csv", file)) continue;
            problems.AddRange(CheckAreaSend(row, own[file], results[file]).Select(p => $"{file}: {p}"));
        }
        Report("area SEND", "area-send.csv", shared, results, (row, r) => CheckAreaSend(row, null, r));
        Assert.Empty(problems);
    }

    private static List<string> CheckFocusedVisit(IReadOnlyDictionary<string, string> row, IReadOnlyDictionary<string, string>? own, ReadResult result)
    {
        if (!result.Succeeded) return [$"not read: {result.Failure.Message}"];
        var report = result.Report;
        var problems = Common(row, report, DocumentType.FocusedVisit);
        var visit = report.FocusedVisit!;
        if (visit.HasPriorityAction != (row["has_priority_action"] == "yes")) problems.Add($"priority action {visit.HasPriorityAction}, expected {row["has_priority_action"]}");
        if (own is null) return problems;
        Expect(problems, "visit start", own["visit_start"], report.InspectionDates?.Value.Start.ToString("yyyy-MM-dd") ?? "unread");
        Expect(problems, "visit end", own["visit_end"], report.InspectionDates?.Value.End.ToString("yyyy-MM-dd") ?? "unread");
        Expect(problems, "lead inspector", own["lead_inspector"], report.LeadInspector?.Value ?? "");
        Expect(problems, "inspectors", own["inspectors"], string.Join(';', visit.Inspectors));
        Expect(problems, "areas for priority action", own["areas_for_priority_action"], visit.AreasForPriorityAction.Count.ToString());
        return problems;
    }

    private static List<string> CheckAreaSend(IReadOnlyDictionary<string, string> row, IReadOnlyDictionary<string, string>? own, ReadResult result)
    {
        if (!result.Succeeded) return [$"not read: {result.Failure.Message}"];
        var report = result.Report;
        var problems = Common(row, report, DocumentType.AreaSend);
        var send = report.AreaSend!;
        Expect(problems, "outcome", row["outcome"], send.Outcome.Phrase());
        if (!send.OutcomeStatement.Value.Contains(send.Outcome.Phrase(), StringComparison.OrdinalIgnoreCase)) problems.Add("outcome statement does not carry the outcome's words");
        if (own is null) return problems;
        Expect(problems, "partnership", own["partnership"], send.Partnership.Value);
        Expect(problems, "inspection start", own["inspection_start"], report.InspectionDates?.Value.Start.ToString("yyyy-MM-dd") ?? "unread");
        Expect(problems, "inspection end", own["inspection_end"], report.InspectionDates?.Value.End.ToString("yyyy-MM-dd") ?? "unread");
        Expect(problems, "lead inspector", own["lead_inspector"], report.LeadInspector?.Value ?? "");
        Expect(problems, "areas for priority action", own["areas_for_priority_action"], send.AreasForPriorityAction.Count.ToString());
        return problems;
    }

    private static List<string> Common(IReadOnlyDictionary<string, string> row, InspectionReport report, DocumentType type)
    {
        var problems = new List<string>();
        var key = row["local_authority"].Replace("&", "and").Replace(",", "").Replace(' ', '-');
        if (report.DocumentType != type) problems.Add($"document type {report.DocumentType.Slug()}, expected {type.Slug()}");
        Expect(problems, "council", key, report.Council.Key);
        Expect(problems, "published", row["publication_date"], report.PublicationDate?.Date.ToString("yyyy-MM-dd") ?? "");
        if (report.Judgements.Count > 0 || report.OverallEffectiveness.Given) problems.Add("a grade was read from a document that has none");
        return problems;
    }

    private static void Expect(List<string> problems, string field, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal)) problems.Add($"{field} '{actual}', expected '{expected}'");
    }

    private void Report(string name, string csv, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, ConcurrentDictionary<string, ReadResult> results,
        Func<IReadOnlyDictionary<string, string>, ReadResult, List<string>> check)
    {
        foreach (var holdout in new[] { false, true })
        {
            var part = rows.Where(r => DocumentTypeHoldout.IsHoldout(csv, r["file"]) == holdout).ToList();
            var read = part.Count(r => results[r["file"]].Succeeded);
            var right = part.Count(r => results[r["file"]].Succeeded && check(r, results[r["file"]]).Count == 0);
            var invented = part.Count(r => results[r["file"]].Report is { } rep && (rep.Judgements.Count > 0 || rep.OverallEffectiveness.Given));
            // The CSV's own fields: council, publication date, and the priority-action flag or the SEND outcome.
            var fields = 3 * read;
            var wrong = part.Where(r => results[r["file"]].Succeeded).Sum(r => check(r, results[r["file"]]).Count);
            var line = $"{name} {(holdout ? "holdout" : "development")}: read {read}/{part.Count}, documents with every CSV field right {right}/{read}, "
                + $"fields right {fields - wrong}/{fields}, grades invented {invented}";
            output.WriteLine(line);
            Console.WriteLine(line);
            Assert.Equal(0, invented);
        }
    }

    private static ConcurrentDictionary<string, ReadResult> ReadAll(string folder, IEnumerable<string> files)
    {
        // Accuracy, not speed, is measured here: a budget far above any document's reading time keeps a loaded
        // machine (8 developers on 2 cores) from turning reads into timeouts.
        var reader = new ReportReader(new ReportReaderOptions { TimeBudget = TimeSpan.FromMinutes(10) });
        var results = new ConcurrentDictionary<string, ReadResult>();
        Parallel.ForEach(files, file => results[file] = reader.ReadFile(Path.Combine(RepositoryPaths.SharedCorpus, folder, file)));
        return results;
    }

    private static List<IReadOnlyDictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        // These CSVs quote nothing: no field holds a comma.
        return lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
