namespace Publishing.Statements.Language;

/// <summary>
/// Where the Language service is, read from configuration: <c>PUBLISHING_LANGUAGE_ENDPOINT</c> (for example
/// https://&lt;resource&gt;.cognitiveservices.azure.com/), <c>PUBLISHING_LANGUAGE_KEY</c> (key auth; when absent,
/// Microsoft Entra ID through Azure.Identity) and optionally <c>PUBLISHING_LANGUAGE_CLIENT_ID</c> (a user-assigned
/// managed identity), <c>PUBLISHING_LANGUAGE_TIMEOUT_SECONDS</c> (how long one statement may take before the local rules
/// answer instead; 10 s when unset). <see cref="ToString"/> never shows the key.
/// </summary>
public sealed class LanguageSettings
{
    public const string EndpointVariable = "PUBLISHING_LANGUAGE_ENDPOINT";
    public const string KeyVariable = "PUBLISHING_LANGUAGE_KEY";
    public const string ClientIdVariable = "PUBLISHING_LANGUAGE_CLIENT_ID";
    public const string TimeoutVariable = "PUBLISHING_LANGUAGE_TIMEOUT_SECONDS";

    public LanguageSettings(Uri? endpoint, string? key = null, string? managedIdentityClientId = null, TimeSpan? timeout = null)
    {
        Timeout = timeout;
        Endpoint = endpoint;
        Key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(managedIdentityClientId) ? null : managedIdentityClientId.Trim();
    }

    public static LanguageSettings None { get; } = new(null);

    public Uri? Endpoint { get; }

    public string? Key { get; }

    public string? ManagedIdentityClientId { get; }

    /// <summary>How long one statement may take at the service; null leaves <see cref="LanguageResilienceOptions.Timeout"/>'s default.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>Reads the settings through <paramref name="read"/> (e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>).</summary>
    /// <exception cref="FormatException">The endpoint is set but is not an absolute http(s) URI, or the timeout is not a number of seconds from 1 to 300.</exception>
    public static LanguageSettings From(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var endpoint = read(EndpointVariable)?.Trim();
        if (string.IsNullOrEmpty(endpoint))
        {
            return None;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new FormatException($"{EndpointVariable} must be an absolute https URI such as https://<resource>.cognitiveservices.azure.com/, not '{endpoint}'.");
        }

        return new LanguageSettings(uri, read(KeyVariable), read(ClientIdVariable), ReadTimeout(read(TimeoutVariable)));
    }

    private static TimeSpan? ReadTimeout(string? seconds)
    {
        if (string.IsNullOrWhiteSpace(seconds)) return null;
        if (!double.TryParse(seconds.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 1 or > 300)
            throw new FormatException($"{TimeoutVariable} must be a number of seconds from 1 to 300, not '{seconds}'.");
        return TimeSpan.FromSeconds(value);
    }

    public override string ToString() =>
        Endpoint is null
            ? "no Language endpoint"
            : $"{Endpoint} ({(Key is not null ? "key auth" : ManagedIdentityClientId is not null ? $"Entra ID, managed identity {ManagedIdentityClientId}" : "Entra ID")})";
}
