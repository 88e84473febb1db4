namespace Publishing.Reading.Model;

/// <summary>Whether the report gives an overall effectiveness grade. The reader never infers one.</summary>
public sealed record OverallEffectiveness(bool Given, Judgement? Judgement, string Explanation);
