namespace Publishing.Reading.Model;

/// <summary>A field the report could not be read for, with why; it is said to be unread, never guessed.</summary>
/// <param name="Field">The field, e.g. <c>inspectionDates</c>.</param>
/// <param name="Reason">What the reader expected and what it found.</param>
public sealed record UnreadField(string Field, string Reason);
