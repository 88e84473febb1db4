using System.Text.Json;
using Publishing.Hosting.Json;

namespace Publishing.Hosting.Invocations;

/// <summary>Invocation answers keep the host's own PascalCase names (set on <see cref="InvocationResponse"/>).</summary>
internal static class InvocationJson
{
    public static readonly JsonSerializerOptions Options = new(PublishingJsonContext.Default.Options) { TypeInfoResolver = PublishingJsonResolver.Instance };
}
