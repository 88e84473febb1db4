using Publishing.Reading.Model;

namespace Publishing.Reading.AreaSend;

/// <summary>The words that tell the three area SEND outcome statements apart, and the CSV-style name of each.</summary>
public static class AreaSendOutcomeWords
{
    public static string Phrase(this AreaSendOutcome outcome) => outcome switch
    {
        AreaSendOutcome.PositiveExperiencesAndOutcomes => "positive experiences and outcomes",
        AreaSendOutcome.InconsistentExperiencesAndOutcomes => "inconsistent experiences and outcomes",
        AreaSendOutcome.SignificantConcerns => "significant concerns",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The outcome a statement states; null unless exactly one of the three phrases is in it.</summary>
    public static AreaSendOutcome? In(string statement)
    {
        var lower = statement.ToLowerInvariant();
        var found = Enum.GetValues<AreaSendOutcome>().Where(o => lower.Contains(o.Phrase(), StringComparison.Ordinal)).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
