using System.Globalization;
using System.Text.RegularExpressions;

namespace Publishing.Summaries.Context;

/// <summary>
/// Reads the release from the Cover sheet of Ofsted's outcomes spreadsheet: the title ("Local authority inspection
/// outcomes as at 31 March 2025"), "Published on:" and "Period covered:". A cover that lacks them is refused, naming what is missing.
/// </summary>
internal static partial class OutcomesCoverParser
{
    public static OutcomesRelease Parse(IReadOnlyList<string[]> rows, string fileName)
    {
        var title = rows.Select(r => r.FirstOrDefault()?.Trim() ?? "").FirstOrDefault(c => c.Length > 0)
            ?? throw new OutcomesDataException($"{fileName}: the cover sheet is empty.");
        var asAt = AsAt().Match(title) is { Success: true } m && TryDate(m.Groups[1].Value, out var a)
            ? a
            : throw new OutcomesDataException($"{fileName}: the cover's title '{title}' gives no 'as at <day month year>' date.");
        var publishedText = Field(rows, "Published on:") ?? throw new OutcomesDataException($"{fileName}: the cover has no 'Published on:' row.");
        if (!TryDate(publishedText, out var published)) throw new OutcomesDataException($"{fileName}: 'Published on: {publishedText}' is not a date like 25 September 2025.");
        var coverage = Field(rows, "Period covered:") ?? $"Inspections {title[(m.Index)..]}";
        return new OutcomesRelease(title, asAt, published, coverage,
            $"Ofsted, {title} (official statistics, published {published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}). {OutcomesRelease.OpenGovernmentLicence}");
    }

    private static string? Field(IReadOnlyList<string[]> rows, string label) =>
        rows.FirstOrDefault(r => r.Length > 1 && r[0].Trim().Equals(label, StringComparison.OrdinalIgnoreCase)) is { } row ? row[1].Trim() : null;

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), ["d MMMM yyyy", "yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"\bas at (\d{1,2} [A-Z][a-z]+ \d{4})\b")]
    private static partial Regex AsAt();
}
