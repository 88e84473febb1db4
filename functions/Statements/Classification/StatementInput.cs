namespace Publishing.Statements.Classification;

/// <summary>
/// A public statement to classify. <paramref name="Speaker"/>, <paramref name="Role"/> and <paramref name="Body"/> may be empty.
/// <see cref="ReportPublished"/> is the publication date of the report the statement was collected against, if the caller knows it.
/// </summary>
public sealed record StatementInput(string Text, string Speaker = "", string Role = "", string Body = "")
{
    public DateOnly? ReportPublished { get; init; }
}
