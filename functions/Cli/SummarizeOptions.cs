using System.Globalization;

namespace Publishing.Cli;

/// <summary>The parsed arguments of <c>publishing summarize</c>. <see cref="Parse"/> throws <see cref="FormatException"/> with a message for the user.</summary>
internal sealed record SummarizeOptions(
    string Report,
    string? Statements,
    IReadOnlyList<string> Formats,
    string? OutDir,
    string? Outcomes,
    string? History,
    DateTimeOffset? AsAt,
    Uri? BaseUrl,
    Uri? ReportUrl)
{
    public const string Usage =
        "usage: publishing summarize <report.pdf> [--statements file.jsonl] [--format markdown|html|text|json|all] [--out dir]\n" +
        "                            [--outcomes dir] [--history dir] [--as-at ISO-8601] [--base-url url] [--report-url url]";

    private static readonly string[] AllFormats = ["markdown", "html", "text", "json"];

    public static SummarizeOptions Parse(string[] args)
    {
        string? report = null, statements = null, outDir = null, outcomes = null, history = null, format = null;
        DateTimeOffset? asAt = null;
        Uri? baseUrl = null, reportUrl = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (report is not null) throw new FormatException($"unexpected argument '{arg}': give one report");
                report = arg;
                continue;
            }
            if (i + 1 >= args.Length) throw new FormatException($"{arg} needs a value");
            var value = args[++i];
            switch (arg)
            {
                case "--statements": statements = value; break;
                case "--format": format = value.ToLowerInvariant(); break;
                case "--out": outDir = value; break;
                case "--outcomes": outcomes = value; break;
                case "--history": history = value; break;
                case "--as-at": asAt = ParseInstant(value); break;
                case "--base-url": baseUrl = ParseUrl(arg, value); break;
                case "--report-url": reportUrl = ParseUrl(arg, value); break;
                default: throw new FormatException($"unknown option '{arg}'");
            }
        }
        if (report is null) throw new FormatException("no report given");
        IReadOnlyList<string> formats = format switch
        {
            null => ["markdown"],
            "all" => AllFormats,
            _ when AllFormats.Contains(format) => [format],
            _ => throw new FormatException($"unknown format '{format}': use markdown, html, text, json or all"),
        };
        if (formats.Count > 1 && outDir is null) throw new FormatException("--format all writes one file per form: give --out <dir>");
        return new SummarizeOptions(report, statements, formats, outDir, outcomes, history, asAt, baseUrl, reportUrl);
    }

    private static DateTimeOffset ParseInstant(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            && value.Length >= 10 && char.IsDigit(value[0])
            ? instant
            : throw new FormatException($"--as-at '{value}' is not an ISO-8601 date or instant (e.g. 2025-11-14T09:30:00Z)");

    private static Uri ParseUrl(string option, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new FormatException($"{option} '{value}' is not an absolute http(s) address");
}
