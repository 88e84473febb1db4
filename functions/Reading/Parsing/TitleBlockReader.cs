using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Reads the first page's title block: council, inspection dates, publication date, lead inspector.</summary>
internal static partial class TitleBlockReader
{
    public static Council? ReadCouncil(LayoutDocument document, FrameworkDetector.Family family)
    {
        var page = document.Pages[0];
        var titleLines = page.Lines.Take(12).ToList();
        var lines = titleLines.Select(l => l.Text.Trim()).ToList();
        var joined = string.Join(" ", lines);
        string? name = null;
        var ilacsTitle = IlacsTitle().Match(joined);
        if (ilacsTitle.Success)
        {
            name = ilacsTitle.Groups["name"].Value;
        }
        else if (family == FrameworkDetector.Family.LookedAfterChildren2013)
        {
            var afterTitle = lines.SkipWhile(l => !l.StartsWith("services", StringComparison.OrdinalIgnoreCase) && !l.Contains("children services", StringComparison.OrdinalIgnoreCase)).Skip(1)
                .TakeWhile(l => !l.StartsWith("Inspection", StringComparison.OrdinalIgnoreCase)).ToList();
            name = afterTitle.Count > 0 ? string.Join(" ", afterTitle) : null;
        }
        else
        {
            var before = titleLines.TakeWhile(l => !StartsTitle().IsMatch(l.Text.Trim())).ToList();
            if (before.Count is > 0 and < 4) name = string.Join(" ", InLargestType(before).Select(l => l.Text.Trim()));
        }
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = Spaces().Replace(name, " ").Trim();
        var key = CouncilKeys.FromName(name);
        return PlausibleName(name) && key.Length > 0 ? new Council(name, key, page.Number) : null;
    }

    /// <summary>The council as the published file names it (<c>council-yyyy-mm-dd.pdf</c>), for a title block that gives
    /// no readable name: its words as written in the name, since the printed form is not known.</summary>
    public static Council? CouncilFromFileName(string? sourceName)
    {
        if (sourceName is null) return null;
        var m = FileCouncil().Match(Path.GetFileName(sourceName));
        if (!m.Success) return null;
        var words = m.Groups["council"].Value.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w is "and" or "upon" or "on" or "of" or "with" or "the" ? w : char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Join(" ", words);
        var key = CouncilKeys.FromName(name);
        return key.Length > 0 ? new Council(name, key, 0) : null;
    }

    /// <summary>The council's name is set in the title block's largest type; a smaller line above it (a running header,
    /// "Ofsted report") is not part of it. Lines of unknown size (the text form) are all kept.</summary>
    private static IEnumerable<LayoutLine> InLargestType(IReadOnlyList<LayoutLine> lines)
    {
        var largest = lines.Max(l => l.FontSize);
        return largest > 0 ? lines.Where(l => l.FontSize >= largest * 0.9) : lines;
    }

    /// <summary>A council's name as printed runs to seven words at most ("The Royal Borough of Windsor and Maidenhead");
    /// more than ten, or a sentence's punctuation, means the title was not where it was looked for.</summary>
    private static bool PlausibleName(string name) =>
        name.Split(' ').Length <= 10 && !SentencePunctuation().IsMatch(name);

    public static Sourced<InspectionDates>? ReadInspectionDates(LayoutDocument document)
    {
        foreach (var page in document.Pages.Take(2))
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var m = DatesLabel().Match(page.Lines[i].Text);
                if (!m.Success) continue;
                var printed = Spaces().Replace(page.Lines[i].Text[m.Length..], " ").Trim();
                // Dates in parts can run onto the next line: "5 to 9 December 2022 and" / "14 to 15 February 2023".
                if (OpenEnded().IsMatch(printed) && i + 1 < page.Lines.Count)
                    printed = Spaces().Replace(printed + " " + page.Lines[i + 1].Text, " ").Trim();
                if (DateText.TryParseRange(printed, out var start, out var end))
                    return new Sourced<InspectionDates>(new InspectionDates(start, end, printed), page.Number);
            }
        }
        return null;
    }

    /// <summary>
    /// The date Ofsted published the report. The published file's name carries it (reports are stored as
    /// <c>council-yyyy-mm-dd.pdf</c>); ILACS reports do not print it, and a SIF report's printed date is the
    /// date it was finalised, which can be days before publication. The printed date is the fallback.
    /// </summary>
    public static PublicationDate? ReadPublicationDate(LayoutDocument document, string? sourceName)
    {
        if (sourceName is not null)
        {
            var m = FileDate().Match(Path.GetFileName(sourceName));
            if (m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", out var fromName))
                return new PublicationDate(fromName, PublicationDateSource.FileName, null);
        }
        return ReadStatedPublicationDate(document);
    }

    /// <summary>The publication date as printed in the report ("Report published: 7 April 2017"), where it is.</summary>
    public static PublicationDate? ReadStatedPublicationDate(LayoutDocument document)
    {
        foreach (var page in document.Pages.Take(2))
        {
            foreach (var line in page.Lines)
            {
                var m = PublishedLabel().Match(line.Text);
                if (m.Success && DateText.TryParseDate(line.Text[m.Length..], out var date))
                    return new PublicationDate(date, PublicationDateSource.Report, page.Number);
            }
        }
        return null;
    }

    /// <summary>The lead inspector: in the title block (ILACS, 2013), or later under "The inspection team" (SIF), where
    /// only a line that starts with the label and its colon counts (body text can wrap "lead inspector" to a line's start).</summary>
    public static Sourced<string>? ReadLeadInspector(LayoutDocument document)
    {
        for (var p = 0; p < document.Pages.Count; p++)
        {
            var page = document.Pages[p];
            foreach (var line in page.Lines)
            {
                var m = (p < 2 ? InspectorLabel() : InspectorLabelWithColon()).Match(line.Text);
                if (!m.Success) continue;
                var first = line.Segments.Count > 1 && line.Segments[0].Text.Length <= m.Length + 1 ? line.Segments[1].Text : line.Text[m.Length..];
                var name = first.Split(',')[0].Trim();
                name = TrailingTitle().Replace(name, "").Trim().TrimEnd('.');
                if (name.Length > 2) return new Sourced<string>(name, page.Number);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^Inspection of (?:the )?(?<name>.+?)(?: local\s+authority\s+children| (?=Children and Families Trust|Children.s Services Trust|Children.s Trust)| children.s\s+services\s+(?=Inspection dates?|Dates? of))", RegexOptions.IgnoreCase)]
    private static partial Regex IlacsTitle();

    [GeneratedRegex(@"^(?:Re-? ?inspection|Inspection|Review) of", RegexOptions.IgnoreCase)]
    private static partial Regex StartsTitle();

    [GeneratedRegex(@"^\s*(?:Inspection dates?|Dates? of (?:the )?inspection)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatesLabel();

    [GeneratedRegex(@"(?:\b(?:and|to)|[–—‑-]|,)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"^\s*(?:(?:Report\s+)?published|(?:Report\s+)?publication date|Date of publication)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^\s*(?:Lead|Reporting) inspectors?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorLabel();

    [GeneratedRegex(@"^\s*(?:Lead|Reporting) inspectors?\s*:\s*")]
    private static partial Regex InspectorLabelWithColon();

    [GeneratedRegex(@"\s+(?:HMI|Her Majesty.s Inspector|His Majesty.s Inspector)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTitle();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex FileDate();

    [GeneratedRegex(@"^(?<council>[a-z]+(?:-[a-z]+)*)-\d{4}-\d{2}-\d{2}\.(?:pdf|txt)$")]
    private static partial Regex FileCouncil();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "St. Helens" is a name; a full stop elsewhere, a colon or a semicolon ends a sentence or labels a field.
    [GeneratedRegex(@"(?<!\bSt)\.|[:;]")]
    private static partial Regex SentencePunctuation();
}
