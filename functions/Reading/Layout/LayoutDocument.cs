namespace Publishing.Reading.Layout;

/// <summary>A document as positioned lines, the form every parser reads.</summary>
internal sealed record LayoutDocument(IReadOnlyList<LayoutPage> Pages);
