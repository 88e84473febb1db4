namespace Publishing.Reading;

/// <summary>A typed, explained failure: what the reader expected and what it found.</summary>
public sealed record ReadFailure(ReadFailureKind Kind, string Expected, string Found)
{
    public string Message => $"{Kind}: expected {Expected}; found {Found}.";

    public override string ToString() => Message;
}
