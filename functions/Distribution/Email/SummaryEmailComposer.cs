using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MimeKit;
using Publishing.Distribution.Feeds;

namespace Publishing.Distribution.Email;

/// <summary>
/// Builds the email for one summary version: multipart/alternative with the plain-text summary and an HTML part made
/// from the same text (every character escaped, so statement text can never become markup), a subject naming the
/// council and grade, and a Message-Id fixed by (recipient, entry, version) so a re-sent message is recognisably the same.
/// </summary>
public static class SummaryEmailComposer
{
    public static MimeMessage Compose(FeedEntry entry, string toAddress, SmtpOptions options)
    {
        var message = EmailEnvelope.To(toAddress, options);
        message.Subject = Subject(entry);
        message.Date = entry.Updated;
        message.MessageId = MessageId(entry, toAddress, options.MessageIdDomain);
        var body = new BodyBuilder { TextBody = Text(entry), HtmlBody = Html(entry) };
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string Subject(FeedEntry entry)
    {
        var grade = entry.OverallGrade is null ? "no overall grade given" : $"judged {entry.OverallGrade.ToLowerInvariant()}";
        var subject = $"{entry.CouncilName}: Ofsted children's services inspection, {grade}";
        if (entry.IsReissue) subject = $"Updated (version {entry.Version.ToString(CultureInfo.InvariantCulture)}): {subject}";
        return new string(subject.Where(c => !char.IsControl(c)).ToArray());
    }

    private static string Text(FeedEntry entry)
    {
        var sb = new StringBuilder();
        if (entry.ChangeNote is not null) sb.Append("What changed: ").AppendLine(entry.ChangeNote).AppendLine();
        sb.AppendLine(entry.TextSummary.TrimEnd()).AppendLine();
        sb.Append("Summary online: ").AppendLine(entry.Links.Html.AbsoluteUri);
        sb.Append("Ofsted report (PDF): ").AppendLine(entry.Links.ReportPdf.AbsoluteUri);
        return sb.ToString();
    }

    private static string Html(FeedEntry entry)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
          .Append(WebUtility.HtmlEncode(entry.Title)).Append("</title></head><body>");
        sb.Append("<h1>").Append(WebUtility.HtmlEncode(entry.Title)).Append("</h1>");
        if (entry.ChangeNote is not null)
            sb.Append("<p><strong>What changed:</strong> ").Append(WebUtility.HtmlEncode(entry.ChangeNote)).Append("</p>");
        foreach (var paragraph in entry.TextSummary.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
        sb.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(entry.Links.Html.AbsoluteUri)).Append("\">Read the summary online</a> · ")
          .Append("<a href=\"").Append(WebUtility.HtmlEncode(entry.Links.ReportPdf.AbsoluteUri)).Append("\">Ofsted report (PDF)</a></p>");
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static string MessageId(FeedEntry entry, string toAddress, string domain)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{toAddress.ToLowerInvariant()}|{entry.Id}|v{entry.Version}"));
        return $"{Convert.ToHexStringLower(hash)[..32]}@{domain}";
    }
}
