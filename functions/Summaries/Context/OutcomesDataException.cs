namespace Publishing.Summaries.Context;

/// <summary>The outcomes data folder or files are missing or not in Ofsted's published shape.</summary>
public sealed class OutcomesDataException(string message) : Exception(message);
