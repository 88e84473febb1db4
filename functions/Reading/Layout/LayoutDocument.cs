namespace Publishing.Reading.Layout;

/// <summary>A document as positioned lines, the form every parser reads.</summary>
/// <param name="Created">The day the PDF says it was made (its /CreationDate), where it says. Ofsted makes a report's
/// PDF days before publishing it (at most a week over the 160 corpus reports, except re-issued ones made later).</param>
internal sealed record LayoutDocument(IReadOnlyList<LayoutPage> Pages, DateOnly? Created = null);
