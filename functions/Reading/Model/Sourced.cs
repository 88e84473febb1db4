namespace Publishing.Reading.Model;

/// <summary>A fact with the report page it was read from (1-based).</summary>
public sealed record Sourced<T>(T Value, int Page);
