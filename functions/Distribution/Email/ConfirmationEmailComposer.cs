using System.Net;
using MimeKit;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Email;

/// <summary>
/// The one message a new email subscription's address receives before its owner agrees: who asked, for what, and the
/// link that confirms it. Ignoring it means nothing more is ever sent.
/// </summary>
public static class ConfirmationEmailComposer
{
    public static MimeMessage Compose(Subscription subscription, Uri confirmLink, SmtpOptions options)
    {
        var message = EmailEnvelope.To(subscription.EmailAddress!, options);
        message.Subject = "Confirm email summaries of Ofsted children's services inspections";
        message.MessageId = $"confirm-{subscription.Id}-{Guid.NewGuid():N}@{options.MessageIdDomain}";
        var owner = new string(subscription.OwnerBodyName.Where(c => !char.IsControl(c)).ToArray());
        var text = $"""
            {owner} asked for press summaries of Ofsted children's services inspections to be emailed to this address.

            To agree, open this link and press Confirm:
            {confirmLink.AbsoluteUri}

            If you did not expect this, ignore it: nothing more will be sent to this address.
            """;
        var html = $"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Confirm email summaries</title></head><body>"
            + $"<p>{WebUtility.HtmlEncode(owner)} asked for press summaries of Ofsted children's services inspections to be emailed to this address.</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(confirmLink.AbsoluteUri)}\">Confirm</a></p>"
            + "<p>If you did not expect this, ignore it: nothing more will be sent to this address.</p></body></html>";
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }
}
