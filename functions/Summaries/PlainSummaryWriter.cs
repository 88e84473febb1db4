using System.Text;
using Publishing.Reading.Model;

namespace Publishing.Summaries;

/// <summary>A first plain-text summary: the grade, every judgement, and the key findings, each with its page.</summary>
public static class PlainSummaryWriter
{
    public static string Write(InspectionReport report)
    {
        var sb = new StringBuilder();
        var overall = report.OverallEffectiveness;
        sb.AppendLine(overall.Given
            ? $"{report.Council.Name}: children's services judged {overall.Judgement!.GradeWords.ToLowerInvariant()} overall"
            : $"{report.Council.Name}: no overall grade given; judgements by area below");
        sb.AppendLine($"{report.Framework.Describe()}. Inspected {report.InspectionDates.Value.Printed}" +
            (report.PublicationDate is { } published ? $"; published {published.Date:d MMMM yyyy}." : "."));
        if (!overall.Given) sb.AppendLine(overall.Explanation);
        sb.AppendLine();
        sb.AppendLine("Judgements:");
        foreach (var j in report.Judgements)
            sb.AppendLine($"  - {j.Label}: {j.GradeWords} (page {j.Page})");
        var spread = SpreadAgainstOverall(report);
        if (spread.Length > 0)
        {
            sb.AppendLine();
            sb.AppendLine(spread);
        }
        if (report.PreviousInspection is { } previous)
        {
            sb.AppendLine();
            sb.AppendLine($"Previous inspection: {previous.Value} (page {previous.Page})");
        }
        if (report.WhatNeedsToImprove.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("What needs to improve:");
            foreach (var item in report.WhatNeedsToImprove) sb.AppendLine($"  - {item.Value} (page {item.Page})");
        }
        return sb.ToString();
    }

    private static string SpreadAgainstOverall(InspectionReport report)
    {
        var overall = report.OverallEffectiveness.Judgement;
        if (overall?.Grade.Rank() is not { } overallRank) return "";
        var differing = report.Judgements
            .Where(j => j.Key is not JudgementKeys.OverallEffectiveness and not JudgementKeys.Lscb && j.Grade.Rank() is { } r && r != overallRank)
            .Select(j => j.Grade == Grade.RequiresImprovementToBeGood ? $"{j.Label} requires improvement to be good" : $"{j.Label} is {j.GradeWords.ToLowerInvariant()}")
            .ToList();
        return differing.Count == 0 ? "" : $"Differs from the overall grade: {string.Join("; ", differing)}.";
    }
}
