namespace Publishing.Reports;

/// <summary>A read of one blob (name and content hash) that has begun: how many reads of it have begun without
/// finishing, when the latest began, and in which process.</summary>
public sealed record ReadAttempt(int Unfinished, DateTimeOffset StartedAt, ReadingProcess Reader);
