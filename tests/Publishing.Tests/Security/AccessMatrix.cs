namespace Publishing.Tests.Security;

/// <summary>Who presents what: the six kinds of caller every endpoint is tried with.</summary>
public enum Caller
{
    NoKey,
    MalformedKey,
    UnknownKey,
    RevokedKey,
    OtherBodysKey,
    OwnersKey,
}

/// <summary>
/// One row of the authorization matrix: an endpoint, how to address it (a fresh resource per cell when the call
/// changes or deletes it), and the status each caller must get, in <see cref="Caller"/> order.
/// </summary>
internal sealed record AccessRow(
    string Endpoint,
    HttpMethod Method,
    Func<AccessWorld, Task<string>> Path,
    string? Json,
    int[] Expected,
    Func<Caller, string, string?>? CheckBody = null)
{
    public static int[] Public(int status) => [status, status, status, status, status, status];
    public static int[] Keyed(int other, int owner) => [401, 401, 401, 401, other, owner];
}
