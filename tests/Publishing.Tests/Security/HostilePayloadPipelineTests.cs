using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Markdig;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Publishing.Distribution.Email;
using Publishing.Distribution.Stored;
using Publishing.Hosting.Http;
using Publishing.Tests.Hosting;
using Publishing.Tests.Pipeline;
using Xunit.Abstractions;

namespace Publishing.Tests.Security;

/// <summary>
/// Hostile statements submitted through the real API, composed into summary versions, published to the feeds (API
/// and static blobs), pushed to a webhook and composed as email: every form must carry them as inert text — present,
/// literally, but never markup, script, a link, a header or a template.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class HostilePayloadPipelineTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string HostileBody = "Body <i>Name</i> & \"Co\"";

    public static TheoryData<string> RefusedNames() => [.. HostilePayloads.Refused.Select(r => r.Name)];

    [Fact]
    public async Task HostileStatements_ThroughThePipeline_AreInertInEveryOutputForm()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with
        {
            RunsPipelineLocally = true,
            RateLimit = new RateLimitOptions { PermitsPerSecond = 1000, Burst = 1000 },
        });
        var key = await server.IssueKeyAsync(HostileBody, "sector-body");
        await SecurityApi.SubscribeAsync(server, key, receiver.Url);
        await SecurityApi.UploadSampleReportAsync(server);
        await SecurityApi.WaitForSummaryAsync(server);
        var first = true;
        foreach (var (_, statement, _) in HostilePayloads.Statements)
        {
            await SecurityApi.SubmitAsync(server, key, first ? SecurityApi.Statement(statement, HostilePayloads.Speaker, HostilePayloads.Role) : SecurityApi.Statement(statement));
            first = false;
        }
        var json = await SecurityApi.WaitForSummaryAsync(server, s => HostilePayloads.Statements.All(p => s.GetRawText().Contains(JsonEncodedText.Encode(p.Literal).ToString(), StringComparison.Ordinal) || StatementTexts(s).Any(t => t.Contains(p.Literal, StringComparison.Ordinal))));
        var version = json.GetProperty("version").GetInt32();

        var forms = new List<(string Form, IEnumerable<string> Problems, string Text)>();
        var html = await GetAsync(server, $"/api/summaries/{SecurityApi.Report}/v{version}.html");
        forms.Add(("summary HTML", InertOutput.Html(html), InertOutput.TextContent(html)));
        var markdown = await GetAsync(server, $"/api/summaries/{SecurityApi.Report}/v{version}.md");
        forms.Add(("summary Markdown", InertOutput.Markdown(markdown), Markdown.ToPlainText(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build())));
        var text = await GetAsync(server, $"/api/summaries/{SecurityApi.Report}/v{version}.txt");
        forms.Add(("summary text", InertOutput.Text(text), text));
        var summaryJson = await GetAsync(server, $"/api/summaries/{SecurityApi.Report}/v{version}.json");
        forms.Add(("summary JSON", JsonProblems(summaryJson), string.Join("\n", StatementTexts(JsonDocument.Parse(summaryJson).RootElement))));

        var atom = await WaitForAsync(() => GetAsync(server, "/api/feeds/all.atom"), a => a.Contains($"v{version}.html", StringComparison.Ordinal), "the Atom feed at this version");
        forms.Add(("Atom feed (API)", AtomProblems(atom), AtomText(atom)));
        var staticAtom = await WaitForAsync(async () => (await server.Storage.Container(server.Storage.Names.Feeds).GetBlobClient("all.atom").DownloadContentAsync()).Value.Content.ToString(),
            a => a.Contains($"v{version}.html", StringComparison.Ordinal), "the static Atom blob at this version");
        forms.Add(("Atom feed (static blob)", AtomProblems(staticAtom), AtomText(staticAtom)));
        var jsonFeed = await GetAsync(server, "/api/feeds/all.json");
        forms.Add(("JSON Feed", JsonFeedProblems(jsonFeed), JsonFeedText(jsonFeed)));

        var webhook = await SecurityApi.WaitAsync(() => receiver.Received.Select(r => r.Body).LastOrDefault(b => b.Contains($"\"version\":{version},", StringComparison.Ordinal)), "the webhook for this version");
        forms.Add(("webhook JSON", JsonProblems(webhook), JsonDocument.Parse(webhook).RootElement.GetProperty("data").GetProperty("summary").GetString()!));

        var entry = await server.Services.GetRequiredService<StoredFeedEntries>().GetAsync(SecurityApi.Report, version, CancellationToken.None);
        var email = SummaryEmailComposer.Compose(entry!, "newsdesk@example.org", new SmtpOptions());
        forms.Add(("email HTML part", InertOutput.Html(email.HtmlBody ?? ""), InertOutput.TextContent(email.HtmlBody ?? "")));
        forms.Add(("email text part", InertOutput.Text(email.TextBody ?? ""), email.TextBody ?? ""));
        forms.Add(("email headers", EmailHeaderProblems(email), HostilePayloads.Statements[0].Literal));

        var failures = new List<string>();
        var table = new StringBuilder($"{"form",-26}| problems | literals present (of {HostilePayloads.Statements.Length})\n");
        foreach (var (form, problems, content) in forms)
        {
            var found = problems.Distinct().ToList();
            var flat = Flatten(content);
            var missing = HostilePayloads.Statements.Where(p => !flat.Contains(Flatten(p.Literal), StringComparison.Ordinal)).Select(p => p.Name).ToList();
            if (form == "email headers") missing.Clear();
            failures.AddRange(found.Select(p => $"{form}: {p}"));
            failures.AddRange(missing.Select(m => $"{form}: the '{m}' statement is missing or altered"));
            table.AppendLine($"{form,-26}| {found.Count,8} | {HostilePayloads.Statements.Length - missing.Count}");
        }
        output.WriteLine($"summary version {version}\n{table}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public async Task Submit_TextThatCouldSpoofOrBreakOutput_IsRefusedAndNotStored(string name)
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var key = await server.IssueKeyAsync("ADCS");
        var (_, json, expected) = HostilePayloads.Refused.Single(r => r.Name == name);
        var (status, body) = await SecurityApi.SendAsync(server, HttpMethod.Post, "/api/statements", key, json);
        Assert.True((int)status == expected, $"{name}: {(int)status} {body}");
        Assert.Contains($"\"status\":{expected}", body, StringComparison.Ordinal);
        var (_, list) = await SecurityApi.SendAsync(server, HttpMethod.Get, $"/api/statements?report={SecurityApi.Report}", key);
        Assert.Contains("\"count\":0", list, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(TestServer server, string path)
    {
        using var response = await server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static async Task<string> WaitForAsync(Func<Task<string>> fetch, Func<string, bool> until, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try { last = await fetch(); } catch (Azure.RequestFailedException) { }
            if (until(last)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{what} did not appear within 60 s.");
    }

    private static IEnumerable<string> StatementTexts(JsonElement summary) =>
        summary.TryGetProperty("sectorResponse", out var groups)
            ? groups.EnumerateArray().SelectMany(g => g.GetProperty("statements").EnumerateArray()).Select(s => s.GetProperty("text").GetString()!)
            : [];

    /// <summary>JSON must parse and cannot close a surrounding script element (no raw '&lt;' or line separators).</summary>
    private static IEnumerable<string> JsonProblems(string json)
    {
        var problems = new List<string>();
        try { JsonDocument.Parse(json).Dispose(); } catch (JsonException e) { problems.Add($"not JSON: {e.Message}"); }
        if (json.Contains('<')) problems.Add("raw '<' (could close a script element it is embedded in)");
        if (json.Contains('\u2028') || json.Contains('\u2029')) problems.Add("raw line separator");
        problems.AddRange(InertOutput.Text(json).Where(p => !p.Contains("U+000A", StringComparison.Ordinal)));
        return problems;
    }

    private static IEnumerable<string> AtomProblems(string xml)
    {
        XDocument document;
        try { document = XDocument.Parse(xml); }
        catch (System.Xml.XmlException e) { return [$"not well-formed XML: {e.Message}"]; }
        var problems = new List<string>();
        if (document.Root?.Name != Atom + "feed") problems.Add("root is not an Atom feed");
        problems.AddRange(document.Descendants().Where(e => e.Name.NamespaceName == "http://www.w3.org/1999/xhtml" || e.Name.LocalName is "script" or "img" or "iframe").Select(e => $"element {e.Name} in the feed"));
        foreach (var content in document.Descendants(Atom + "content").Concat(document.Descendants(Atom + "summary")).Concat(document.Descendants(Atom + "title")))
        {
            var type = (string?)content.Attribute("type") ?? "text";
            if (type is "html" or "xhtml") problems.AddRange(InertOutput.Html(content.Value).Select(p => $"{content.Name.LocalName}: {p}"));
        }
        problems.AddRange(document.Descendants(Atom + "link").Select(l => (string?)l.Attribute("href") ?? "").Where(h => !InertOutput.SafeUrl(h)).Select(h => $"link {h}"));
        return problems;
    }

    private static string AtomText(string xml) =>
        string.Join("\n", XDocument.Parse(xml).Descendants(Atom + "summary").Select(s => s.Value));

    private static IEnumerable<string> JsonFeedProblems(string json)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(json);
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            if (item.TryGetProperty("content_html", out var contentHtml)) problems.AddRange(InertOutput.Html(contentHtml.GetString()!).Select(p => $"content_html: {p}"));
            if (item.TryGetProperty("url", out var url) && !InertOutput.SafeUrl(url.GetString()!)) problems.Add($"url {url}");
        }
        return problems;
    }

    private static string JsonFeedText(string json)
    {
        using var document = JsonDocument.Parse(json);
        return string.Join("\n", document.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => new[] { "content_text", "summary" }.Where(p => i.TryGetProperty(p, out _)).Select(p => i.GetProperty(p).GetString())));
    }

    private static IEnumerable<string> EmailHeaderProblems(MimeMessage email)
    {
        var problems = new List<string>();
        if (email.Bcc.Count > 0 || email.Cc.Count > 0 || email.To.Count != 1) problems.Add("recipients were added");
        problems.AddRange(email.Headers.Where(h => h.Field.StartsWith("X-Injected", StringComparison.OrdinalIgnoreCase) || h.Value.Contains('\n')).Select(h => $"header {h.Field}"));
        using var wire = new MemoryStream();
        email.WriteTo(wire);
        var head = Encoding.UTF8.GetString(wire.ToArray()).Split("\r\n\r\n")[0];
        problems.AddRange(head.Split("\r\n").Where(l => l.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("X-Injected", StringComparison.OrdinalIgnoreCase)).Select(l => $"header line {l}"));
        return problems;
    }

    private static string Flatten(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
