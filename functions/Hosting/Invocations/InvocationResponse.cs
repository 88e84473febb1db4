using System.Text.Json.Serialization;

namespace Publishing.Hosting.Invocations;

/// <summary>
/// The handler's answer to an invocation, in the host's PascalCase: outputs by binding name (none of this app's
/// functions has output bindings), log lines for the invocation log, the return value, and why it failed if it did.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, string> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ReturnValue,
    [property: JsonPropertyName("Error")] string? Error = null)
{
    public static InvocationResponse Done(params string[] logs) => new(new Dictionary<string, string>(), logs, null);

    public static InvocationResponse Failed(string reason) => new(new Dictionary<string, string>(), [reason], null, reason);
}
