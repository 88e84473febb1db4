using Publishing.Distribution.Subscriptions;

namespace Publishing.Tests.Distribution.Subscriptions;

public class SubscriptionFilterTests
{
    private static readonly Publishing.Distribution.Feeds.FeedEntry NorthmoorGood =
        TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start);

    [Theory]
    [InlineData(new string[0], new string[0], new string[0], true)]
    [InlineData(new[] { "northmoor" }, new string[0], new string[0], true)]
    [InlineData(new[] { "eastbridge", "northmoor" }, new string[0], new string[0], true)]
    [InlineData(new[] { "eastbridge" }, new string[0], new string[0], false)]
    [InlineData(new[] { "northmoor" }, new[] { "north-west" }, new[] { "good" }, true)]
    [InlineData(new[] { "northmoor" }, new[] { "north-west" }, new[] { "inadequate" }, false)]
    [InlineData(new string[0], new[] { "london", "north-west" }, new[] { "outstanding", "good" }, true)]
    [InlineData(new string[0], new[] { "london" }, new[] { "good" }, false)]
    public void Matches_EveryGivenKeyMustMatchAnyValueWithinAKey(string[] councils, string[] regions, string[] grades, bool expected)
    {
        var filter = new SubscriptionFilter { Councils = councils, Regions = regions, Grades = grades };

        Assert.Equal(expected, filter.Matches(NorthmoorGood));
    }

    [Theory]
    [InlineData(IssueFilter.FirstAndReissues, 1, true)]
    [InlineData(IssueFilter.FirstAndReissues, 2, true)]
    [InlineData(IssueFilter.FirstIssueOnly, 1, true)]
    [InlineData(IssueFilter.FirstIssueOnly, 2, false)]
    [InlineData(IssueFilter.ReissuesOnly, 1, false)]
    [InlineData(IssueFilter.ReissuesOnly, 3, true)]
    public void Matches_IssueFilter_SelectsByVersion(IssueFilter issues, int version, bool expected) =>
        Assert.Equal(expected, new SubscriptionFilter { Issues = issues }.Matches(NorthmoorGood with { Version = version }));

    [Fact]
    public void Matches_NoGradeKey_MatchesReportsWithoutOverallGrade()
    {
        var ungraded = TestEntries.Make("Kingsford", "London", null, TestEntries.Start);
        var filter = new SubscriptionFilter { Grades = ["none"] };

        Assert.True(filter.Matches(ungraded));
        Assert.False(filter.Matches(NorthmoorGood));
    }
}
