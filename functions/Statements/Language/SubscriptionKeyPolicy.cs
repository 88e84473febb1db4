using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Publishing.Statements.Language;

/// <summary>
/// Key authentication for the Language service: sets <c>Ocp-Apim-Subscription-Key</c> on every attempt.
/// Azure.Core's own AzureKeyCredentialPolicy is internal. The key is read from the credential per request so
/// <see cref="AzureKeyCredential.Update"/> rotates it; Azure.Core's logging redacts the header (it is not on the allow list).
/// </summary>
internal sealed class SubscriptionKeyPolicy : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    private readonly AzureKeyCredential _credential;

    public SubscriptionKeyPolicy(AzureKeyCredential credential)
    {
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        base.OnSendingRequest(message);
        message.Request.Headers.SetValue(HeaderName, _credential.Key);
    }
}
