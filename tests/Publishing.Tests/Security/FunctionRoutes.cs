using System.Text.Json;
using System.Text.RegularExpressions;

namespace Publishing.Tests.Security;

/// <summary>The HTTP trigger routes in functions/app/*/function.json: what the Functions host forwards to the handler.</summary>
internal static class FunctionRoutes
{
    private const string RoutePrefix = "/api/";

    public static IReadOnlyList<(string Function, Regex Path, string[] Methods)> Load() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "functions", "app"), "function.json", SearchOption.AllDirectories)
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
                .Select(b => (Path.GetFileName(Path.GetDirectoryName(file))!, ToRegex(b.GetProperty("route").GetString()!),
                    b.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToArray())))
            .ToList();

    /// <summary>True when some HTTP function forwards this method and path (query string ignored).</summary>
    public static bool Forwards(HttpMethod method, string path) =>
        Load().Any(r => r.Methods.Contains(method.Method) && r.Path.IsMatch(path.Split('?')[0]));

    private static Regex ToRegex(string route)
    {
        var pattern = new System.Text.StringBuilder("^" + Regex.Escape(RoutePrefix));
        var segments = route.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var separator = i == 0 ? "" : "/";
            if (segment.StartsWith("{*", StringComparison.Ordinal)) pattern.Append($"(?:{separator}.*)?");
            else if (segment.StartsWith('{') && segment.EndsWith("?}", StringComparison.Ordinal)) pattern.Append($"(?:{separator}[^/]+)?");
            else if (segment.StartsWith('{')) pattern.Append($"{separator}[^/]+");
            else pattern.Append(separator + Regex.Escape(segment));
        }
        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
