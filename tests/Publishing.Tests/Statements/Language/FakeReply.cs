namespace Publishing.Tests.Statements.Language;

/// <summary>What the fake Language server answers to one request: a status, a body, headers, and an optional delay first.</summary>
internal sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>The documented error answer: <c>{"error":{"code","message"}}</c> plus the <c>x-ms-error-code</c> header.</summary>
    public static FakeReply Error(int status, string code, string message, IReadOnlyDictionary<string, string>? extraHeaders = null)
    {
        var headers = new Dictionary<string, string>(extraHeaders ?? new Dictionary<string, string>()) { ["x-ms-error-code"] = code };
        var body = new System.Text.Json.Nodes.JsonObject { ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["message"] = message } };
        return new FakeReply(status, body.ToJsonString(), headers);
    }

    public static FakeReply Throttled(int retryAfterSeconds) =>
        Error(429, "TooManyRequests", "Rate limit is exceeded. Try again later.", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static FakeReply ServerError() => Error(500, "InternalServerError", "An unexpected error occurred.");

    public static FakeReply Malformed() => new(200, """{"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":""");
}
