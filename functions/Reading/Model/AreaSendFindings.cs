namespace Publishing.Reading.Model;

/// <summary>An area SEND inspection's own fields.</summary>
public sealed record AreaSendFindings
{
    /// <summary>The local area partnership as the title names it ("Bury Local Area Partnership").</summary>
    public required Sourced<string> Partnership { get; init; }

    public required AreaSendOutcome Outcome { get; init; }

    /// <summary>The outcome sentence verbatim, in Ofsted and CQC's words.</summary>
    public required Sourced<string> OutcomeStatement { get; init; }

    /// <summary>The report's "Areas for improvement": its recommendations.</summary>
    public required IReadOnlyList<Sourced<string>> Recommendations { get; init; }

    /// <summary>Areas for priority action; empty when there are none.</summary>
    public required IReadOnlyList<Sourced<string>> AreasForPriorityAction { get; init; }
}
