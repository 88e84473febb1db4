using Publishing.Distribution.Feeds;
using Publishing.Distribution.Subscriptions;
using Publishing.Reading.Model;

namespace Publishing.Tests.Distribution.Feeds;

/// <summary>The one vocabulary of grade values and document-type values, as the feeds and the subscription filter use it.</summary>
public class DocumentTypeSliceTests
{
    [Theory]
    [InlineData(DocumentType.Ilacs2023, "Good", "good")]
    [InlineData(DocumentType.LookedAfterChildren2013, "Adequate", "adequate")]
    [InlineData(DocumentType.Ilacs2026, null, "none")]
    [InlineData(DocumentType.FocusedVisit, null, null)]
    [InlineData(DocumentType.AreaSend, null, null)]
    public void GradeValue_ForEachKindOfDocument(DocumentType type, string? overall, string? expected)
    {
        Assert.Equal(expected, GradeFeedValues.For(type, overall));
        if (expected is not null) Assert.True(GradeFeedValues.IsKnown(expected));
    }

    [Fact]
    public void GradeValue_OfASummaryStoredBeforeTypes_IsAsBefore()
    {
        Assert.Equal("none", GradeFeedValues.For(null, null));
        Assert.Equal("requires-improvement-to-be-good", GradeFeedValues.For(null, "Requires improvement to be good"));
    }

    [Fact]
    public void TypeSlice_ParsesKnownTypesAndTheInspectionGroup_AndRefusesOthers()
    {
        Assert.True(FeedAddress.TryParse("type/focused-visit.atom", out var visits));
        Assert.Equal("feeds/type/focused-visit.atom", visits.RelativePath);
        Assert.True(FeedSlice.TryParse("type/inspection", out _));
        Assert.False(FeedSlice.TryParse("type/focused-visits", out _));
    }

    [Fact]
    public void Filters_InspectionsOnly_OrFocusedVisitsToo()
    {
        var visit = Entry(DocumentType.FocusedVisit, null);
        var inspection = Entry(DocumentType.Ilacs2023, "Good");
        var older = Entry(null, "Good"); // stored before document types were told: a full inspection
        var inspectionsOnly = new SubscriptionFilter { DocumentTypes = [DocumentTypeFilterValues.AnyFullInspection] };
        var withVisits = new SubscriptionFilter { DocumentTypes = [DocumentTypeFilterValues.AnyFullInspection, "focused-visit"] };

        Assert.False(inspectionsOnly.Matches(visit));
        Assert.True(inspectionsOnly.Matches(inspection));
        Assert.True(inspectionsOnly.Matches(older));
        Assert.True(withVisits.Matches(visit));
        Assert.True(withVisits.Matches(inspection));
        Assert.False(FeedSlice.Type("inspection").Matches(visit));
        Assert.True(FeedSlice.Type("focused-visit").Matches(visit));
    }

    [Fact]
    public void GradeFilter_NeverMatchesAnUngradedDocument()
    {
        var visit = Entry(DocumentType.FocusedVisit, null);
        var format2026 = Entry(DocumentType.Ilacs2026, null);
        var noOverall = new SubscriptionFilter { Grades = [FeedSlice.NoGrade] };

        Assert.False(noOverall.Matches(visit));
        Assert.True(noOverall.Matches(format2026));
        Assert.False(FeedSlice.Grade(FeedSlice.NoGrade).Matches(visit));
        Assert.True(SubscriptionFilter.Everything.Matches(visit));
    }

    private static FeedEntry Entry(DocumentType? type, string? grade) =>
        TestEntries.Make("Northmoor", "North West", grade, TestEntries.Start) with { DocumentType = type };
}
