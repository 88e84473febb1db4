using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Publishing.Distribution.Feeds;
using Publishing.Hosting.Queues;
using Publishing.Reading.Model;
using Publishing.Storage;
using Publishing.Tests.Distribution.Email;
using Publishing.Tests.Distribution.Webhooks;
using Publishing.Tests.Summaries;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// Drops every case's PDF into the reports container of a running pipeline and waits until each has been pushed by
/// webhook and email; then reads every feed (Atom and JSON Feed; all, council, region and grade slices; the API and the
/// static blobs; and with npm feed parsers), every summary form, the versions list and each webhook body. Every answer
/// must be 200 and carry the grades the case's oracle gives. Returns each problem found.
/// </summary>
internal sealed class StoredPipelineCheck(IStoredPipeline pipeline, IReadOnlyList<StoredPipelineCase> cases, LoopbackReceiver webhooks, LoopbackSmtpServer mail)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string[] SummaryForms = ["html", "md", "txt", "json"];
    private readonly List<string> _problems = [];

    public async Task<IReadOnlyList<string>> RunAsync(TimeSpan deadline)
    {
        var key = await pipeline.IssueKeyAsync("Stored Pipeline Test Desk", "independent");
        var secret = await SubscribeAsync(key, $$$"""{"webhookUrl":"{{{webhooks.Url}}}","filter":{}}""");
        await SubscribeAsync(key, """{"email":"desk@press.example","filter":{}}""");
        await EmailConfirmation.ConfirmAsync(pipeline.Client, mail, TimeSpan.FromSeconds(60));

        var reports = pipeline.Storage.Container(pipeline.Storage.Names.Reports);
        foreach (var @case in cases)
            // Labelled as a fetch from Ofsted would label it (an unlabelled blob whose date is only in its name is held for approval).
            await reports.GetBlobClient(Path.GetFileName(@case.CorpusFile)).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(@case.PdfPath)),
                new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = new Dictionary<string, string> { [Reports.Provenance.SourceMetadata.SourceKey] = Reports.Provenance.SourceMetadata.Ofsted } });
        if (!await WaitForPushesAsync(deadline)) return _problems;

        var sliceFeeds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @case in cases)
        {
            await CheckSummaryFormsAsync(@case);
            await CheckVersionsAsync(@case);
            await CheckWebhookAsync(@case, secret);
            CheckEmail(@case);
            foreach (var slice in await SlicesOfAsync(@case)) sliceFeeds.Add(slice);
        }
        var feeds = sliceFeeds.SelectMany(slice => new[] { $"{slice}.atom", $"{slice}.json" }).Order(StringComparer.Ordinal).ToList();
        foreach (var feed in feeds) await CheckFeedAsync(feed);
        await CheckWithNpmReadersAsync(feeds);
        await CheckHealthAsync();
        return _problems;
    }

    private async Task<string?> SubscribeAsync(string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await pipeline.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"subscribing with {body} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.TryGetProperty("webhookSecret", out var secret) ? secret.GetString() : null;
    }

    /// <summary>Waits for one webhook and one email per case; stops early, saying why, when a message goes to poison.</summary>
    private async Task<bool> WaitForPushesAsync(TimeSpan deadline)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            var poisoned = await PoisonedAsync();
            if (poisoned.Count > 0)
            {
                _problems.AddRange(poisoned.Select(p => $"poison: {p}"));
                return false;
            }
            if (cases.All(c => WebhookFor(c) is not null && EmailFor(c) is not null)) return true;
            await Task.Delay(250);
        }
        foreach (var missing in cases.Where(c => WebhookFor(c) is null || EmailFor(c) is null))
            _problems.Add($"{missing}: no {(WebhookFor(missing) is null ? "webhook" : "email")} within {deadline.TotalSeconds:0} s");
        _problems.Add($"what {pipeline.Description} logged:\n{Tail(pipeline.Log, 4000)}");
        return false;
    }

    private async Task<List<string>> PoisonedAsync()
    {
        var found = new List<string>();
        foreach (var queue in pipeline.Storage.Names.Queues)
        {
            var poison = pipeline.Storage.Queue(StorageNames.PoisonQueueOf(queue));
            if (!(await poison.ExistsAsync()).Value) continue;
            foreach (var message in (await poison.PeekMessagesAsync(32)).Value)
            {
                var envelope = PoisonEnvelope.Read(queue, message.Body.ToString(), message.InsertedOn);
                found.Add($"{queue}: {envelope.Message} — {envelope.Reason}");
            }
        }
        return found;
    }

    private async Task CheckSummaryFormsAsync(StoredPipelineCase @case)
    {
        foreach (var form in SummaryForms)
        {
            var (status, text) = await GetAsync($"/api/summaries/{@case.ReportId}.{form}");
            if (status != HttpStatusCode.OK) { _problems.Add($"{@case} .{form}: {(int)status}"); continue; }
            var format = form switch { "md" => "markdown", "txt" => "text", _ => form };
            CheckStatedGrades(@case, $".{form}", RenderedGrades.Read(format, text).Select(s => (s.Key, s.GradeWords)), mustStateAll: form == "json");
        }
    }

    private async Task CheckVersionsAsync(StoredPipelineCase @case)
    {
        var (status, text) = await GetAsync($"/api/summaries/{@case.ReportId}/versions");
        if (status != HttpStatusCode.OK) { _problems.Add($"{@case} versions: {(int)status}"); return; }
        var versions = JsonDocument.Parse(text).RootElement.GetProperty("versions");
        if (versions.GetArrayLength() != 1 || versions[0].GetProperty("version").GetInt32() != 1 || versions[0].TryGetProperty("unread", out _))
            _problems.Add($"{@case} versions: expected one readable v1, got {text}");
    }

    private async Task CheckWebhookAsync(StoredPipelineCase @case, string? secret)
    {
        var (headers, body) = WebhookFor(@case)!.Value;
        // The reference package checks the timestamp against the real clock; a pipeline on a test clock is checked by ours.
        string? verification;
        if (ReferenceVerifier.Available && pipeline.Time == TimeProvider.System)
        {
            var (exit, output) = await ReferenceVerifier.VerifyAsync(secret!, headers, body);
            verification = exit == 0 ? null : output;
        }
        else
        {
            var check = new Publishing.Distribution.Webhooks.WebhookReceiver(secret!, pipeline.Time).Verify(headers.Select(h => KeyValuePair.Create(h.Key, h.Value)), body);
            verification = check.IsValid ? null : check.Reason;
        }
        if (verification is not null) _problems.Add($"{@case} webhook: signature not verified: {verification}");
        var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
        var overall = data.TryGetProperty("overallGrade", out var grade) && grade.ValueKind == JsonValueKind.String ? grade.GetString() : null;
        if (!string.Equals(overall, ExpectedOverall(@case), StringComparison.OrdinalIgnoreCase))
            _problems.Add($"{@case} webhook: overallGrade {overall ?? "absent"}, the report gives {ExpectedOverall(@case) ?? "none"}");
    }

    private void CheckEmail(StoredPipelineCase @case)
    {
        var message = EmailFor(@case)!.Message;
        var copies = mail.Messages.Count(m => m.Message.TextBody?.Contains(@case.ReportId, StringComparison.Ordinal) == true);
        if (copies != 1) _problems.Add($"{@case} email: {copies} copies, expected one");
        if (ExpectedOverall(@case) is { } overall && !message.TextBody!.Contains(overall, StringComparison.OrdinalIgnoreCase))
            _problems.Add($"{@case} email: the text does not give the overall grade '{overall}'");
    }

    /// <summary>The feed slices an entry appears in, from the entry's own Atom categories (region as the pipeline knows it).</summary>
    private async Task<IReadOnlyList<string>> SlicesOfAsync(StoredPipelineCase @case)
    {
        var (_, text) = await GetAsync("/api/feeds/all.atom");
        var entry = AtomEntry(XDocument.Parse(text), @case);
        if (entry is null) { _problems.Add($"{@case}: not in all.atom"); return ["all"]; }
        string? Term(string kind) => entry.Elements(Atom + "category").FirstOrDefault(c => (string?)c.Attribute("scheme") is { } s && s.EndsWith($"/feeds/{kind}/", StringComparison.Ordinal))?.Attribute("term")?.Value;
        var expectedGrade = ExpectedOverall(@case) is { } words ? Slug.From(words) : FeedSlice.NoGrade;
        if (Term("grade") != expectedGrade) _problems.Add($"{@case} all.atom: grade category '{Term("grade")}', expected '{expectedGrade}'");
        return ["all", $"council/{Term("council")}", $"region/{Term("region")}", $"grade/{expectedGrade}"];
    }

    private async Task CheckFeedAsync(string feed)
    {
        var (status, text) = await GetAsync($"/api/feeds/{feed}");
        if (status != HttpStatusCode.OK) { _problems.Add($"feed {feed}: {(int)status}"); return; }
        var staticBlob = pipeline.Storage.Container(pipeline.Storage.Names.Feeds).GetBlobClient(feed);
        var stored = (await staticBlob.ExistsAsync()).Value ? (await staticBlob.DownloadContentAsync()).Value.Content.ToString() : null;
        if (stored is null) _problems.Add($"feed {feed}: no static blob in the feeds container");
        foreach (var (where, document) in new[] { ("API", text), ("static blob", stored) })
        {
            if (document is null) continue;
            foreach (var @case in cases.Where(c => InSlice(c, feed, text)))
            {
                var content = feed.EndsWith(".atom", StringComparison.Ordinal)
                    ? AtomEntry(XDocument.Parse(document), @case)?.Element(Atom + "content")?.Value
                    : JsonItem(document, @case);
                if (content is null) _problems.Add($"feed {feed} ({where}): no entry for {@case}");
                else CheckStatedGrades(@case, $"feed {feed} ({where})", GradesInEntryHtml(content), mustStateAll: true);
            }
        }
    }

    private async Task CheckWithNpmReadersAsync(IReadOnlyList<string> feeds)
    {
        if (!NpmFeedReaders.Available) { _problems.Add(NpmFeedReaders.Missing); return; }
        var readings = await NpmFeedReaders.ReadAsync(feeds.Select(f => new Uri(pipeline.Client.BaseAddress!, $"api/feeds/{f}")));
        foreach (var feed in feeds)
        {
            var ofFeed = readings.Where(r => r.Url.EndsWith("/api/feeds/" + feed, StringComparison.Ordinal)).ToList();
            var expectedParsers = feed.EndsWith(".atom", StringComparison.Ordinal) ? 2 : 1;
            if (ofFeed.Count(r => r.Error is null) != expectedParsers)
                _problems.Add($"npm readers, {feed}: {string.Join("; ", ofFeed.Select(r => $"{r.Parser ?? "?"}: {r.Error ?? $"{r.Items.Count} items"}"))}");
            foreach (var reading in ofFeed.Where(r => r.Error is null))
                foreach (var @case in cases.Where(c => reading.Items.Any(i => IsEntryOf(i.Id, c))))
                {
                    var item = reading.Items.First(i => IsEntryOf(i.Id, @case));
                    if (item.Link is null || !item.Link.Contains(@case.ReportId, StringComparison.Ordinal)) _problems.Add($"{reading.Parser}, {feed}: {@case} has link {item.Link ?? "none"}");
                    CheckStatedGrades(@case, $"{reading.Parser}, {feed}", GradesInEntryHtml(item.Content ?? ""), mustStateAll: true);
                }
            var all = feed.StartsWith("all.", StringComparison.Ordinal);
            if (all) foreach (var reading in ofFeed.Where(r => r.Error is null))
                foreach (var missing in cases.Where(c => !reading.Items.Any(i => IsEntryOf(i.Id, c))))
                    _problems.Add($"{reading.Parser}, {feed}: no item for {missing}");
        }
    }

    private async Task CheckHealthAsync()
    {
        var (status, text) = await GetAsync("/api/health");
        var health = status == HttpStatusCode.OK ? JsonDocument.Parse(text).RootElement.GetProperty("status").GetString() : null;
        if (health != "healthy") _problems.Add($"health: {(int)status} {text}");
    }

    /// <summary>Every grade stated for a judgement is the oracle's; with <paramref name="mustStateAll"/>, every graded judgement is stated.</summary>
    private void CheckStatedGrades(StoredPipelineCase @case, string where, IEnumerable<(string Key, string Grade)> stated, bool mustStateAll)
    {
        var statedList = stated.ToList();
        var expected = @case.ExpectedGrades;
        if (expected.Count == 0) return;
        foreach (var (key, grade) in statedList)
            if (!expected.TryGetValue(key, out var wanted) || !wanted.Equals(grade, StringComparison.OrdinalIgnoreCase))
                _problems.Add($"{@case} {where}: states {key} = {grade}; the report gives {wanted ?? "no such judgement"}");
        if (!mustStateAll) return;
        foreach (var (key, grade) in expected.Where(e => GradeWording.TryParseOfstedWords(e.Value, out _)))
            if (!statedList.Any(s => s.Key == key))
                _problems.Add($"{@case} {where}: does not state {key} ({grade})");
    }

    /// <summary>The judgements an entry's HTML lists, as "Label: Grade" items or table rows.</summary>
    private static IEnumerable<(string Key, string Grade)> GradesInEntryHtml(string html)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        var pairs = document.QuerySelectorAll("li").Select(li => li.TextContent).Where(t => t.Contains(": ", StringComparison.Ordinal))
            .Select(t => (Label: t[..t.LastIndexOf(": ", StringComparison.Ordinal)], Grade: t[(t.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Concat(document.QuerySelectorAll("tr").Where(tr => tr.QuerySelector("th") is not null && tr.QuerySelector("td") is not null)
                .Select(tr => (Label: tr.QuerySelector("th")!.TextContent, Grade: tr.QuerySelector("td")!.TextContent)));
        foreach (var (label, grade) in pairs)
            if (RenderedGrades.KeyForLabel(label.Trim()) is { } key) yield return (key, grade.Trim());
    }

    private static string? ExpectedOverall(StoredPipelineCase @case) => @case.OverallGrade;

    private static bool InSlice(StoredPipelineCase @case, string feed, string document) =>
        feed.StartsWith("all.", StringComparison.Ordinal) || document.Contains("summary/" + @case.ReportId, StringComparison.Ordinal);

    private static bool IsEntryOf(string? id, StoredPipelineCase @case) => id is not null && id.EndsWith("summary/" + @case.ReportId, StringComparison.Ordinal);

    private static XElement? AtomEntry(XDocument feed, StoredPipelineCase @case) =>
        feed.Root?.Elements(Atom + "entry").FirstOrDefault(e => IsEntryOf(e.Element(Atom + "id")?.Value, @case));

    private static string? JsonItem(string document, StoredPipelineCase @case)
    {
        using var json = JsonDocument.Parse(document);
        return json.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => IsEntryOf(i.GetProperty("id").GetString(), @case))
            .Select(i => i.TryGetProperty("content_html", out var html) ? html.GetString() : null).FirstOrDefault();
    }

    private (Dictionary<string, string> Headers, string Body)? WebhookFor(StoredPipelineCase @case) =>
        webhooks.Received.Where(r => r.Body.Contains($"\"reportId\":\"{@case.ReportId}\"", StringComparison.Ordinal)).Select(r => ((Dictionary<string, string>, string)?)r).FirstOrDefault();

    private LoopbackSmtpServer.Received? EmailFor(StoredPipelineCase @case) =>
        mail.Messages.FirstOrDefault(m => m.Message.TextBody?.Contains(@case.ReportId, StringComparison.Ordinal) == true);

    private async Task<(HttpStatusCode Status, string Text)> GetAsync(string path)
    {
        using var response = await pipeline.Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];
}
