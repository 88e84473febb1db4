using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// One page of one slice in one format, and its path under <c>feeds/</c>: page 1 is <c>{slice}.{ext}</c>, later pages
/// <c>{slice}/page-{n}.{ext}</c>. Paths only, no query strings, so every page can also be a static blob.
/// </summary>
public sealed record FeedAddress(FeedSlice Slice, FeedFormat Format, int Page = 1)
{
    public string RelativePath => Page == 1
        ? $"feeds/{Slice.Path}.{Format.Extension()}"
        : $"feeds/{Slice.Path}/page-{Page.ToString(CultureInfo.InvariantCulture)}.{Format.Extension()}";

    public Uri ToUri(Uri baseUri) => new(baseUri, RelativePath);

    public FeedAddress WithPage(int page) => this with { Page = page };

    /// <summary>Reads a path such as <c>council/northmoor.atom</c> or <c>feeds/all/page-2.json</c>.</summary>
    public static bool TryParse(string path, [NotNullWhen(true)] out FeedAddress? address)
    {
        address = null;
        path = path.Trim('/');
        if (path.StartsWith("feeds/", StringComparison.Ordinal)) path = path["feeds/".Length..];
        var dot = path.LastIndexOf('.');
        if (dot <= 0) return false;
        FeedFormat? format = path[(dot + 1)..] switch { "atom" => FeedFormat.Atom, "json" => FeedFormat.Json, _ => null };
        if (format is null) return false;
        var rest = path[..dot];
        var page = 1;
        var lastSlash = rest.LastIndexOf('/');
        if (lastSlash > 0 && rest[(lastSlash + 1)..].StartsWith("page-", StringComparison.Ordinal))
        {
            var number = rest[(lastSlash + 1 + "page-".Length)..];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 2
                || number != page.ToString(CultureInfo.InvariantCulture)) return false;
            rest = rest[..lastSlash];
        }
        if (!FeedSlice.TryParse(rest, out var slice)) return false;
        address = new FeedAddress(slice, format.Value, page);
        return true;
    }
}
