namespace Publishing.Reading.Model;

/// <summary>Everything the reader extracts from one Ofsted children's services report, each fact with its page.</summary>
public sealed record InspectionReport
{
    public required Council Council { get; init; }
    public CouncilSource CouncilSource { get; init; } = CouncilSource.Text;
    public required Framework Framework { get; init; }
    public string FrameworkName => Framework.FrameworkName();
    public string Era => Framework.EraName();
    public DocumentType DocumentType => Framework.ForFramework();
    /// <summary>Null where the report's dates could not be read (<see cref="Unread"/> says why).</summary>
    public Sourced<InspectionDates>? InspectionDates { get; init; }
    public PublicationDate? PublicationDate { get; init; }

    /// <summary>The publication date the report prints, where it prints one.</summary>
    public PublicationDate? StatedPublicationDate { get; init; }
    public Sourced<string>? LeadInspector { get; init; }

    /// <summary>Every judgement in the report's judgement table, in the report's order (overall effectiveness included where given, LSCB last).</summary>
    public required IReadOnlyList<Judgement> Judgements { get; init; }
    public required OverallEffectiveness OverallEffectiveness { get; init; }

    /// <summary>The LSCB review's judgement, where the report includes that review.</summary>
    public Judgement? Lscb { get; init; }

    public required IReadOnlyList<Sourced<string>> Headline { get; init; }
    public required IReadOnlyList<Sourced<string>> WhatNeedsToImprove { get; init; }
    public required IReadOnlyList<Sourced<string>> Strengths { get; init; }
    public required IReadOnlyList<Sourced<string>> ProgressSinceLastInspection { get; init; }

    /// <summary>The previous inspection's outcome where the report states it (e.g. "judged inadequate in 2015").</summary>
    public Sourced<string>? PreviousInspection { get; init; }

    public int PageCount { get; init; }

    /// <summary>What only a focused visit has (its type is <see cref="Framework.FocusedVisit"/>).</summary>
    public FocusedVisitFindings? FocusedVisit { get; init; }

    /// <summary>What only an area SEND inspection has (its type is <see cref="Framework.AreaSend"/>).</summary>
    public AreaSendFindings? AreaSend { get; init; }

    /// <summary>Fields the reader could not read, each with the reason; the report is delivered without them.</summary>
    public IReadOnlyList<UnreadField> Unread { get; init; } = [];

    /// <summary>A field unread (the report's or a focused visit's own), or the council known only from the blob's name: a person should look before it is trusted.</summary>
    public bool NeedsReview => Unread.Count > 0 || FocusedVisit?.Unread.Count > 0 || CouncilSource != CouncilSource.Text;

    /// <summary>The publication date, else the inspection's last day (the reader gives at least one).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly PublishedOrInspected => PublicationDate?.Date ?? InspectionDates?.Value.End
        ?? throw new InvalidOperationException($"a report of {Council.Key} with neither a publication date nor inspection dates");

    public Judgement? Find(string key) => Judgements.FirstOrDefault(j => j.Key == key);
}
