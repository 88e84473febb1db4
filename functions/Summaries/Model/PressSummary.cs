namespace Publishing.Summaries.Model;

/// <summary>
/// The press-ready summary of one report: what the renderers print and the JSON form carries.
/// <see cref="Overall"/> is null when the report gives no overall grade; nothing here is ever inferred.
/// </summary>
public sealed record PressSummary
{
    public required string ReportId { get; init; }
    public int Version { get; init; } = 1;
    public string? ChangeNote { get; init; }
    /// <summary>The instant embargoes were judged against; printed only when statements were given.</summary>
    public required DateTimeOffset AsAt { get; init; }
    public required string Council { get; init; }
    public required string CouncilKey { get; init; }
    public DateOnly? Published { get; init; }
    public required string Headline { get; init; }
    public required string Standfirst { get; init; }
    /// <summary>Not required: the JSON leaves a null out, and a stored summary without an overall grade must read back.</summary>
    public SummaryJudgement? Overall { get; init; }
    public required string OverallExplanation { get; init; }
    public required IReadOnlyList<SummaryJudgement> Judgements { get; init; }
    public required IReadOnlyList<SpreadItem> Spread { get; init; }
    public required Trend Trend { get; init; }
    public required NationalPicture Picture { get; init; }
    public required IReadOnlyList<SourcedText> WhatNeedsToImprove { get; init; }
    /// <summary>The points of <see cref="WhatNeedsToImprove"/> to lead with: those about the judgements that limited the grade.</summary>
    public IReadOnlyList<ImprovementArea> ImprovementsFirst { get; init; } = [];
    public required IReadOnlyList<SourcedText> Strengths { get; init; }
    public required bool StatementsGiven { get; init; }
    public required IReadOnlyList<StatementGroup> SectorResponse { get; init; }
    public required NotesToEditors Notes { get; init; }

    /// <summary>The kind of document summarised; null in summaries stored before document types were told.</summary>
    public Reading.Model.DocumentType? DocumentType { get; init; }

    /// <summary>A focused visit's or area SEND inspection's areas for priority action, in the document's order.</summary>
    /// <summary>Null (left out of the JSON) for documents that have no such section.</summary>
    public IReadOnlyList<SourcedText>? AreasForPriorityAction { get; init; }

    public IEnumerable<SummaryStatement> AllStatements => SectorResponse.SelectMany(g => g.Statements);
}
