using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class KeyQuoteAndSentenceTests
{
    [Fact]
    public void Select_CriticalStatement_ReturnsMostCriticalSentence()
    {
        var quote = KeyQuoteSelector.Select(StanceRules.Assess("Our staff work hard. The inspection was a hatchet job and the verdict is flawed. We will appeal."));

        Assert.Equal("The inspection was a hatchet job and the verdict is flawed.", quote.Value);
        Assert.Contains("critical", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_MixedStatement_PrefersSentenceHoldingBothSides()
    {
        var quote = KeyQuoteSelector.Select(StanceRules.Assess("Ofsted published today. We welcome scrutiny, but this grading is crude and unfair. Our plan is ready."));

        Assert.Equal("We welcome scrutiny, but this grading is crude and unfair.", quote.Value);
    }

    [Fact]
    public void Select_NeutralStatement_ReturnsFirstSentenceAboutTheInspection()
    {
        var quote = KeyQuoteSelector.Select(StanceRules.Assess("Budgets are tight. The report was published on Tuesday."));

        Assert.Equal("The report was published on Tuesday.", quote.Value);
    }

    [Fact]
    public void Split_AbbreviationsAndInitials_DoNotEndSentences()
    {
        var sentences = SentenceSplitter.Split("Cllr. Jones visited St. Helens with Dr. A. Patel. The report is fair! Is it? Yes.");

        Assert.Equal(["Cllr. Jones visited St. Helens with Dr. A. Patel.", "The report is fair!", "Is it?", "Yes."], sentences);
    }

    [Fact]
    public void Split_QuotedSentenceEnd_SplitsAfterQuote()
    {
        var sentences = SentenceSplitter.Split("She said \"we accept it.\" Then she left.");

        Assert.Equal(2, sentences.Count);
    }
}
