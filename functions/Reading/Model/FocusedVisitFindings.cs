namespace Publishing.Reading.Model;

/// <summary>A focused visit letter's own fields (its headline findings and "What needs to improve" are the report's
/// <see cref="InspectionReport.Headline"/> and <see cref="InspectionReport.WhatNeedsToImprove"/>).</summary>
public sealed record FocusedVisitFindings
{
    /// <summary>The area of practice the inspectors looked at, as the letter puts it; null when not read.</summary>
    public Sourced<string>? AreaOfPractice { get; init; }

    /// <summary>The inspectors the letter names, lead inspector (the signatory) first.</summary>
    public required IReadOnlyList<string> Inspectors { get; init; }

    /// <summary>The areas for priority action this letter names; empty when it names none.</summary>
    public required IReadOnlyList<Sourced<string>> AreasForPriorityAction { get; init; }

    /// <summary>Where the letter names no new area for priority action but says earlier ones still stand, that sentence.</summary>
    public Sourced<string>? EarlierPriorityActions { get; init; }

    /// <summary>Fields the reader could not read, each with the reason (never guessed).</summary>
    public required IReadOnlyList<string> Unread { get; init; }

    public bool HasPriorityAction => AreasForPriorityAction.Count > 0 || EarlierPriorityActions is not null;
}
