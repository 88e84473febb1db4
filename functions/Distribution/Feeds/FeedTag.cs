using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// The tagging entity of the feeds' tag URIs (RFC 4151): a domain name or email address the publisher held on
/// <see cref="Date"/> (YYYY, YYYY-MM or YYYY-MM-DD). Written <c>authority,date</c>, as in the
/// <c>PUBLISHING_TAG_AUTHORITY</c> setting.
/// </summary>
public sealed partial record FeedTag(string Authority, string Date)
{
    public override string ToString() => $"{Authority},{Date}";

    /// <summary>The default when none is configured: the public address's host on the day the first feed is written (then kept).</summary>
    public static FeedTag Mint(Uri publicBaseUrl, DateTimeOffset now) =>
        new(publicBaseUrl.IdnHost.ToLowerInvariant(), now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, [NotNullWhen(true)] out FeedTag? tag, out string error)
    {
        tag = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            error = $"'{text}' is not a tag authority: write a domain name or email address you hold and a date you held it, as 'press.example.org.uk,2026-12-04' (RFC 4151).";
            return false;
        }
        var date = match.Groups["date"].Value;
        if (!DateOnly.TryParseExact(date.Length == 4 ? date + "-01-01" : date.Length == 7 ? date + "-01" : date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            error = $"'{date}' in '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).";
            return false;
        }
        tag = new FeedTag(match.Groups["authority"].Value.ToLowerInvariant(), date);
        error = "";
        return true;
    }

    [GeneratedRegex(@"^(?<authority>(?:[A-Za-z0-9._%+-]+@)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*),(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
