using Publishing.Reading.Layout;
using Publishing.Reading.Parsing;

namespace Publishing.Tests.Reading.Parsing;

public sealed class TitleBlockReaderTests
{
    private static LayoutDocument FirstPage(params (string Text, double Size)[] lines) =>
        new([new LayoutPage(1, [.. lines.Select((l, i) => new LayoutLine([new TextSegment(l.Text, 0.1, 0.9)], [new TextSegment(l.Text, 0.1, 0.9)], 0.05 * (i + 1), false) { FontSize = l.Size })])]);

    private const string SifTitle = "Inspection of services for children in need of help and protection, children looked after and care leavers";

    [Fact]
    public void ReadCouncil_SifNameUnderASmallerHeader_IsTheNameAlone()
    {
        var council = TitleBlockReader.ReadCouncil(FirstPage(("Ofsted report", 10), ("Bedford Borough Council", 26), (SifTitle, 16)), FrameworkDetector.Family.Sif);

        Assert.Equal(("Bedford Borough Council", "bedford"), (council?.Name, council?.Key));
    }

    [Fact]
    public void ReadCouncil_SifNameOverTwoLines_IsJoined()
    {
        var council = TitleBlockReader.ReadCouncil(FirstPage(("The Royal Borough of", 26), ("Windsor and Maidenhead", 26), (SifTitle, 16)), FrameworkDetector.Family.Sif);

        Assert.Equal(("The Royal Borough of Windsor and Maidenhead", "windsor-and-maidenhead"), (council?.Name, council?.Key));
    }
}
