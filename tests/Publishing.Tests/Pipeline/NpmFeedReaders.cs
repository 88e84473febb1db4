using System.Diagnostics;
using System.Text.Json;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// Runs tests/feeds/read.mjs: the feeds read by npm parsers that share no code with the app (feedparser for Atom,
/// @extractus/feed-extractor for Atom and JSON Feed), as subscribers' readers do. Needs node and
/// <c>npm ci --prefix tests/feeds</c>.
/// </summary>
public static class NpmFeedReaders
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "feeds");

    public static bool Available =>
        File.Exists(Path.Combine(Folder, "node_modules", "feedparser", "package.json"))
        && File.Exists(Path.Combine(Folder, "node_modules", "@extractus", "feed-extractor", "package.json"));

    public const string Missing = "tests/feeds/node_modules is absent: run `npm ci --prefix tests/feeds` to read the feeds with npm feed parsers.";

    public sealed record Item(string? Id, string? Title, string? Link, string? Content);

    /// <summary>One reading of one feed by one parser, or the error it met.</summary>
    public sealed record Reading(string Url, string? Parser, string? Error, IReadOnlyList<Item> Items);

    public static async Task<IReadOnlyList<Reading>> ReadAsync(IEnumerable<Uri> feeds)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("read.mjs");
        foreach (var feed in feeds) start.ArgumentList.Add(feed.AbsoluteUri);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var readings = new List<Reading>();
        foreach (var line in (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var items = root.TryGetProperty("items", out var list)
                ? list.EnumerateArray().Select(i => new Item(Text(i, "id"), Text(i, "title"), Text(i, "link"), Text(i, "content"))).ToList()
                : [];
            readings.Add(new Reading(root.GetProperty("url").GetString()!, Text(root, "parser"), Text(root, "error"), items));
        }
        if (readings.Count == 0) throw new InvalidOperationException($"read.mjs printed nothing (exit {process.ExitCode}): {await stderr}");
        return readings;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
