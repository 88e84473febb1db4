namespace Publishing.Distribution.Subscriptions;

/// <summary>Which versions of a summary a subscriber hears about.</summary>
public enum IssueFilter
{
    FirstAndReissues,
    FirstIssueOnly,
    ReissuesOnly,
}
