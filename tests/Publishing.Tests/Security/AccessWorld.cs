using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security;

/// <summary>What the matrix runs against: a server holding a published and an embargoed statement and a subscription, all the owner's.</summary>
internal sealed class AccessWorld(TestServer server, IReadOnlyDictionary<Caller, string?> keys)
{
    public const string EmbargoedText = "Embargoed reaction that nobody else may read before its time.";

    public TestServer Server { get; } = server;
    public string PublishedStatement { get; set; } = "";
    public string EmbargoedStatement { get; set; } = "";
    public string Subscription { get; set; } = "";

    public string? Key(Caller caller) => keys[caller];
    public string OwnerKey => keys[Caller.OwnersKey]!;

    public Task<string> FreshStatementAsync() =>
        SecurityApi.SubmitAsync(Server, OwnerKey, SecurityApi.Statement("A statement made to be withdrawn."));

    public async Task<string> FreshSubscriptionAsync() =>
        (await SecurityApi.SubscribeAsync(Server, OwnerKey, new Uri("http://127.0.0.1:9/hook"))).Id;
}
