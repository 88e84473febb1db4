using MimeKit;
using Publishing.Distribution.Email;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Tests.Distribution.Email;

public class SmtpSummarySenderTests
{
    private const string Statement = "The union said: \"<script>alert('x')</script> Staff & children deserve better.\"";

    private static Subscription Subscriber(string email) => new()
    {
        Id = "sub_mail",
        OwnerBodyName = "Test union",
        EmailAddress = email,
        CreatedAt = TestEntries.Start,
    };

    [Fact]
    public async Task SendAsync_LoopbackServer_DeliversTextAndEscapedHtmlAlternatives()
    {
        await using var server = new LoopbackSmtpServer();
        var options = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None };
        var entry = TestEntries.Make("Southvale", "South East", "Requires improvement to be good", TestEntries.Start,
            summary: "Southvale was judged requires improvement.\n\n" + Statement);

        await new SmtpSummarySender(options).SendAsync(entry, Subscriber("press@union.example"));

        var received = Assert.Single(server.Messages);
        Assert.Equal(["<press@union.example>"], received.Recipients);
        var message = received.Message;
        Assert.Equal("Southvale: Ofsted children's services inspection, judged requires improvement to be good", message.Subject);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains(Statement, message.TextBody);
        Assert.Contains(entry.Links.ReportPdf.AbsoluteUri, message.TextBody);
        Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Staff &amp; children", message.HtmlBody);
        Assert.Contains($"href=\"{entry.Links.Html.AbsoluteUri}\"", message.HtmlBody);
    }

    [Fact]
    public async Task SendAsync_ReissueWithoutGrade_SubjectSaysUpdatedAndNoGradeAndMessageIdIsStable()
    {
        await using var server = new LoopbackSmtpServer();
        var options = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None };
        var entry = TestEntries.Make("Kingsford", "London", null, TestEntries.Start, version: 2, updated: TestEntries.Start.AddDays(2));
        var sender = new SmtpSummarySender(options);

        await sender.SendAsync(entry, Subscriber("a@union.example"));
        await sender.SendAsync(entry, Subscriber("a@union.example"));

        var messages = server.Messages.Select(m => m.Message).ToList();
        Assert.Equal("Updated (version 2): Kingsford: Ofsted children's services inspection, no overall grade given", messages[0].Subject);
        Assert.Contains("What changed: " + entry.ChangeNote, messages[0].TextBody);
        Assert.Equal(messages[0].MessageId, messages[1].MessageId);
    }

    [Fact]
    public async Task SendAsync_SubscriptionWithoutEmail_Throws()
    {
        var sender = new SmtpSummarySender(new SmtpOptions());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            sender.SendAsync(TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start), Subscriber("x@y.example") with { EmailAddress = null }));
    }
}
