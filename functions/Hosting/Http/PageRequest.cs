using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Publishing.Hosting.Http;

/// <summary>
/// Paging of a public list: <c>?limit=</c> (default <see cref="DefaultLimit"/>, at most <see cref="MaxLimit"/>) and
/// <c>?continuation=</c>, the opaque token the previous page gave (the last key it held, base64url-encoded). Keys
/// are listed in ordinal order, so a page is the <c>limit</c> keys after the token's.
/// </summary>
public sealed record PageRequest(int Limit, string? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static (PageRequest? Page, IResult? Problem) From(HttpRequest request)
    {
        var limit = DefaultLimit;
        var limitText = request.Query["limit"].ToString();
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            return (null, Problems.Invalid(new() { ["limit"] = [$"A page holds 1 to {MaxLimit} items (default {DefaultLimit})."] }));
        var token = request.Query["continuation"].ToString();
        if (token.Length == 0) return (new PageRequest(limit, null), null);
        return Decode(token) is { } after
            ? (new PageRequest(limit, after), null)
            : (null, Problems.Invalid(new() { ["continuation"] = ["Not a continuation token this API gave; start again without one."] }));
    }

    /// <summary>The page of <paramref name="orderedKeys"/> this request asks for, and the token for the next (null on the last).</summary>
    public (IReadOnlyList<string> Keys, string? Continuation) Cut(IEnumerable<string> orderedKeys)
    {
        var rest = After is null ? orderedKeys : orderedKeys.Where(k => string.CompareOrdinal(k, After) > 0);
        var taken = rest.Take(Limit + 1).ToList();
        return taken.Count > Limit ? (taken[..Limit], Encode(taken[Limit - 1])) : (taken, null);
    }

    private static string Encode(string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Decode(string token)
    {
        if (token.Length > 400) return null;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        try
        {
            var key = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            return key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
