namespace Publishing.Reading.Model;

/// <summary>The inspected council.</summary>
/// <param name="Name">The name as printed on the report's first page.</param>
/// <param name="Key">A normalised key that is the same across reports of the same council, e.g. <c>windsor-and-maidenhead</c>.</param>
/// <param name="Page">The page the name was read from; 0 where it was not read from the report (see <see cref="CouncilSource"/>).</param>
public sealed record Council(string Name, string Key, int Page);
