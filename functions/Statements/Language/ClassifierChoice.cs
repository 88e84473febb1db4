using Publishing.Statements.Classification;

namespace Publishing.Statements.Language;

/// <summary>The classifier picked from configuration and a one-line description for logs (never containing a key).</summary>
public sealed record ClassifierChoice(IStatementClassifier Classifier, string Description);
