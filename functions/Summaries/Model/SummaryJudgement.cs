using Publishing.Reading.Model;

namespace Publishing.Summaries.Model;

/// <summary>One row of the report's judgement table: the printed label, the grade in Ofsted's words, and a short name for prose.</summary>
public sealed record SummaryJudgement(string Key, string Label, string ShortName, Grade Grade, string GradeWords, FactSource Source);
