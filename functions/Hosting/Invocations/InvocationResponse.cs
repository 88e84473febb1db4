namespace Publishing.Hosting.Invocations;

/// <summary>The handler's answer to an invocation: outputs by binding name, log lines for the invocation log, and the return value.</summary>
public sealed record InvocationResponse(IReadOnlyDictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue)
{
    public static InvocationResponse Done(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
