using MimeKit;

namespace Publishing.Distribution.Email;

/// <summary>A message from the configured sender to one recipient: the part every mail the service sends shares.</summary>
public static class EmailEnvelope
{
    public static MimeMessage To(string toAddress, SmtpOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(toAddress));
        return message;
    }
}
