using Publishing.Distribution.Feeds;
using Publishing.Summaries.Context;

namespace Publishing.Tests.Distribution.Feeds;

public class FeedSliceExistenceTests
{
    [Theory]
    [InlineData("type/focused-visit")]
    [InlineData("type/inspection")]
    [InlineData("type/area-send")]
    public void Exists_ADocumentTypeSlice_IsServed(string path)
    {
        var existence = new FeedSliceExistence(new OutcomesPlaces(EmbeddedOutcomes.Data.Regions));

        Assert.True(FeedSlice.TryParse(path, out var slice));
        Assert.True(existence.Exists(slice, []));
    }
}
