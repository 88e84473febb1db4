namespace Publishing.Distribution.Email;

/// <summary>Bind from <c>Distribution:Smtp</c>. The password comes from configuration (Key Vault in Azure), never from code.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    /// <summary>StartTls (port 587), SslOnConnect (465), or None — for a loopback test server only.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "summaries@publishing.example";
    public string FromName { get; set; } = "Ofsted inspection summaries";
    /// <summary>The domain part of generated Message-Ids.</summary>
    public string MessageIdDomain { get; set; } = "publishing.example";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}
