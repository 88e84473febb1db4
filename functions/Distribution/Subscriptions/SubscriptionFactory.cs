using System.Security.Cryptography;
using MimeKit;
using Publishing.Distribution.Feeds;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Turns a request into a subscription: checks the webhook URL and email address, normalises filter values to
/// slugs, generates and seals a webhook secret. Every problem is reported, not just the first.
/// </summary>
public sealed class SubscriptionFactory(WebhookUrlValidator urlValidator, SecretProtector protector, TimeProvider time)
{
    public async Task<(CreatedSubscription? Created, IReadOnlyList<string> Errors)> CreateAsync(
        SubscriptionRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(request.OwnerBodyName)) errors.Add("The owner body is missing.");
        if (string.IsNullOrWhiteSpace(request.WebhookUrl) && string.IsNullOrWhiteSpace(request.EmailAddress))
            errors.Add("Give a webhook URL, an email address, or both.");

        Uri? webhookUrl = null;
        if (!string.IsNullOrWhiteSpace(request.WebhookUrl))
        {
            var check = await urlValidator.ValidateAsync(request.WebhookUrl, cancellationToken);
            if (check.IsValid) webhookUrl = check.Url;
            else errors.Add(check.Reason!);
        }
        string? email = null;
        if (!string.IsNullOrWhiteSpace(request.EmailAddress))
        {
            if (MailboxAddress.TryParse(request.EmailAddress.Trim(), out var mailbox) && mailbox.Address.Contains('@')
                && mailbox.Domain.Length > 0 && mailbox.LocalPart.Length > 0)
                email = mailbox.Address;
            else errors.Add($"'{request.EmailAddress}' is not an email address.");
        }
        var filter = Normalise(request.Filter ?? SubscriptionFilter.Everything);
        if (errors.Count > 0) return (null, errors);

        var id = "sub_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var secret = webhookUrl is null ? null : WebhookSecret.Generate();
        var subscription = new Subscription
        {
            Id = id,
            OwnerBodyName = request.OwnerBodyName.Trim(),
            WebhookUrl = webhookUrl,
            EmailAddress = email,
            ProtectedWebhookSecret = secret is null ? null : protector.Protect(secret, id),
            Filter = filter,
            CreatedAt = time.GetUtcNow(),
        };
        return (new CreatedSubscription(subscription, secret), errors);
    }

    private static SubscriptionFilter Normalise(SubscriptionFilter filter) => filter with
    {
        Councils = SlugsOf(filter.Councils),
        Regions = SlugsOf(filter.Regions).Select(RegionSlugRedirects.Current).Distinct(StringComparer.Ordinal).ToArray(),
        Grades = SlugsOf(filter.Grades),
        DocumentTypes = SlugsOf(filter.DocumentTypes),
    };

    private static string[] SlugsOf(IEnumerable<string> values) =>
        values.Select(Slug.From).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
