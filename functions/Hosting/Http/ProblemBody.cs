namespace Publishing.Hosting.Http;

/// <summary>An RFC 9457 problem document; <see cref="Errors"/> names each invalid field.</summary>
public sealed record ProblemBody(string Type, string Title, int Status, string Detail, string? Instance, IReadOnlyDictionary<string, string[]>? Errors);
