using Publishing.Reading.Layout;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Tests.Reading.Parsing;

public class HeadlineJudgementReaderTests
{
    [Theory]
    [InlineData("Children’s services in Bedford Borough require improvement to be good.", Grade.RequiresImprovementToBeGood)]
    [InlineData("Children’s services in Norfolk are inadequate.", Grade.Inadequate)]
    [InlineData("Children’s services in St. Helens are judged to be good.", Grade.Good)]
    [InlineData("Children’s services in the Blackburn with Darwen Council area are good.", Grade.Good)]
    [InlineData("The overall judgement is that children’s services are outstanding.", Grade.Outstanding)]
    [InlineData("The overall judgement is requires improvement.", Grade.RequiresImprovementToBeGood)]
    [InlineData("Children’s services in Doncaster have improved and are now good.", Grade.Good)]
    [InlineData("Children’s services in Doncaster have improved since the last inspection and now require improvement to be good.", Grade.RequiresImprovementToBeGood)]
    [InlineData("Children’s services in Doncaster have declined and are inadequate.", Grade.Inadequate)]
    [InlineData("Children’s services require improvement to be good.", Grade.RequiresImprovementToBeGood)]
    [InlineData("Children’s services are inadequate.", Grade.Inadequate)]
    [InlineData("The children’s service requires improvement.", Grade.RequiresImprovementToBeGood)]
    [InlineData("Children’s service in Bedford Borough requires improvement to be good.", Grade.RequiresImprovementToBeGood)]
    public void ReadSifOverall_GradeInTheJudgementPosition_IsRead(string sentence, Grade grade)
    {
        var result = HeadlineJudgementReader.ReadSifOverall(FirstPage(sentence));
        Assert.Equal(grade, result.Judgement?.Grade);
    }

    [Fact]
    public void ReadSifOverall_SentenceWrappedOverLines_LabelEndsAtTheGrade()
    {
        var result = HeadlineJudgementReader.ReadSifOverall(FirstPage("Children’s services in Milton Keynes require", "improvement to be good. Leaders have a clear plan."));
        Assert.Equal("Children’s services in Milton Keynes require improvement to be good", result.Judgement?.Label);
    }

    [Theory]
    [InlineData("Children’s services in Bedford are not yet good.")]
    [InlineData("Children’s services in Bedford are no longer inadequate.")]
    [InlineData("The overall judgement is that children’s services are not good.")]
    [InlineData("Children’s services in Bedford do not require improvement to be good.")]
    [InlineData("Children’s services in Bedford have not improved and leadership is good.")]
    [InlineData("Children’s services in Bedford have improved and are not yet good.")]
    [InlineData("Children’s services are not yet good.")]
    [InlineData("Children’s service does not require improvement to be good.")]
    public void ReadSifOverall_NegatedJudgement_IsRefused(string sentence)
    {
        var result = HeadlineJudgementReader.ReadSifOverall(FirstPage(sentence, "Children’s services in Bedford are good at listening to children."));
        Assert.Null(result.Judgement);
        Assert.Contains("negated", result.Problem);
    }

    [Theory]
    [InlineData("Children’s services in Bedford have improved since the last inspection, which is good.")]
    [InlineData("Children’s services in Bedford, where leadership is good, require improvement to be good.")]
    public void ReadSifOverall_GradeOfAnotherClause_IsRefused(string sentence)
    {
        var result = HeadlineJudgementReader.ReadSifOverall(FirstPage(sentence));
        Assert.Null(result.Judgement);
        Assert.Contains("another clause", result.Problem);
    }

    [Fact]
    public void ReadSifOverall_NoJudgementSentence_SaysSo()
    {
        var result = HeadlineJudgementReader.ReadSifOverall(FirstPage("Children’s services in Bedford have made progress since the last inspection."));
        Assert.Null(result.Judgement);
        Assert.Equal("no sentence stating the overall judgement", result.Problem);
    }

    private static LayoutDocument FirstPage(params string[] lines) =>
        PlainTextLayoutExtractor.ToLayout(string.Join("\n", new[] { "Bedford Borough", "Inspection of services for children in need of help and protection" }.Concat(lines)));
}
