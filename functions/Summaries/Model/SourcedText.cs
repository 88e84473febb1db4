namespace Publishing.Summaries.Model;

/// <summary>Text quoted verbatim from the report, with its page.</summary>
public sealed record SourcedText(string Text, FactSource Source);
