namespace Publishing.Reading;

/// <summary>A typed, explained failure: what the reader expected and what it found.</summary>
public sealed record ReadFailure(ReadFailureKind Kind, string Expected, string Found)
{
    /// <summary>The kind of document, where it was told before the failure (always for <see cref="ReadFailureKind.RoutedToReview"/>).</summary>
    public Model.DocumentType? DocumentType { get; init; }

    public string Message => $"{Kind}: expected {Expected}; found {Found}.";

    public override string ToString() => Message;
}
