using Publishing.Reading;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// One generated hostile or broken input and what the reader must make of it: a failure of <see cref="Expected"/>
/// kind whose Found text contains <see cref="FoundContains"/>, or (Expected null) a successful read of a document
/// that is in fact fine.
/// </summary>
public sealed record HostileCase(string Name, string What, Func<byte[]> Build, ReadFailureKind? Expected, string FoundContains = "")
{
    public override string ToString() => Name;
}
