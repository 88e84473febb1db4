using System.Net;
using System.Text.RegularExpressions;

namespace Publishing.Tests.Distribution.Email;

/// <summary>Double opt-in as the address's owner does it: takes the confirmation mail off the queue and follows its link.</summary>
internal static partial class EmailConfirmation
{
    public static async Task ConfirmAsync(HttpClient client, LoopbackSmtpServer smtp, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        LoopbackSmtpServer.Received? confirmation;
        while (!smtp.Messages.TryDequeue(out confirmation))
        {
            if (clock.Elapsed > within) throw new TimeoutException($"no confirmation mail within {within.TotalSeconds:0} s");
            await Task.Delay(100);
        }
        var link = new Uri(ConfirmLink().Match(confirmation.Message.TextBody!).Value);
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        using var confirmed = await client.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));
        if (confirmed.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"confirming {link.AbsolutePath} answered {(int)confirmed.StatusCode}");
    }

    [GeneratedRegex(@"https?://\S+/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();
}
