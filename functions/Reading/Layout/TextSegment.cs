namespace Publishing.Reading.Layout;

/// <summary>A run of words on one line with no wide gap inside it; Left and Right are fractions of the page width.</summary>
internal sealed record TextSegment(string Text, double Left, double Right);
