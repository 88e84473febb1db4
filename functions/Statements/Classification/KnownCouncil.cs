namespace Publishing.Statements.Classification;

/// <summary>
/// One council the subject matcher can recognise: its slug, display name, and every name form
/// (as normalised words, see <see cref="CouncilNameNormaliser"/>) that refers to it. <paramref name="Code"/> is the
/// ONS code when the council came from the lookup CSV.
/// </summary>
public sealed record KnownCouncil(string Slug, string Name, IReadOnlyList<string> Aliases, string? Code = null);
