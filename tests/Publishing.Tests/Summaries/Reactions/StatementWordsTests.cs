using Publishing.Summaries.Composition.Reactions;

namespace Publishing.Tests.Summaries.Reactions;

public class StatementWordsTests
{
    [Theory]
    // Quotations inside the statement nest as ‘ ’ then “ ”, whatever marks they were pasted with.
    [InlineData("He said \"the report is 'flawed' and unfair\" today.", "He said ‘the report is “flawed” and unfair’ today.")]
    [InlineData("He said “the report is ‘flawed’ and unfair” today.", "He said ‘the report is “flawed” and unfair’ today.")]
    // The statement's own outer marks go (the summary adds its own), apostrophes stay.
    [InlineData("“We welcome Barnardo's and the councils' work.”", "We welcome Barnardo’s and the councils’ work.")]
    [InlineData("\"We welcome this\".", "We welcome this.")]
    [InlineData("The '90s were different, weren't they?", "The ’90s were different, weren’t they?")]
    public void Of_QuotationsInside_NestAlternatelyAndOuterMarksGo(string text, string expected)
    {
        var words = StatementWords.Of(text, null);

        Assert.Equal([expected], words.Paragraphs);
        Assert.Null(words.PastedAttribution);
    }

    [Theory]
    [InlineData("An Ofsted spokesperson said: “We know this is hard. We will monitor progress.”", "Ofsted spokesperson", "We know this is hard. We will monitor progress.")]
    [InlineData("Jane Smith, President, ADCS: \"We stand ready to help.\"", "Jane Smith, President, ADCS", "We stand ready to help.")]
    [InlineData("“We stand ready to help colleagues,” said Jo Example, President of ADCS.", "Jo Example, President of ADCS", "We stand ready to help colleagues.")]
    [InlineData("\"We stand ready to help.\" — Jo Example, ADCS", "Jo Example, ADCS", "We stand ready to help.")]
    // Split by the attribution, as newspapers write it: the comma that led into it ends the sentence.
    [InlineData("“We accept the findings,” said Cllr Jane Smith. “Children deserve better.”", "Cllr Jane Smith", "We accept the findings. Children deserve better.")]
    [InlineData("“Calling a service ‘outstanding’ because inspectors found ‘a culture of “high support”’ tells families nothing,” said Professor Ann Lee of Kingston University. “Single-word grades should go.”", "Professor Ann Lee of Kingston University", "Calling a service ‘outstanding’ because inspectors found ‘a culture of “high support”’ tells families nothing. Single-word grades should go.")]
    [InlineData("\"We accept the findings, but it is not the whole story,\" said Jo Example, \"and the 'single word' misleads.\"", "Jo Example", "We accept the findings, but it is not the whole story, and the ‘single word’ misleads.")]
    public void Of_AttributionPastedWithTheWords_IsTakenOutOfTheQuotation(string text, string who, string expected)
    {
        var words = StatementWords.Of(text, null);

        Assert.Equal(who, words.PastedAttribution);
        Assert.Equal([expected], words.Paragraphs);
    }

    [Theory]
    // What is left is not wholly a quotation: the statement reports what someone said and is kept whole.
    [InlineData("The report said: \"Children wait too long.\" We agree and are acting.")]
    [InlineData("We said: \"Children come first.\"")]
    public void Of_StatementThatOnlyReportsSpeech_IsNotCut(string text)
    {
        var words = StatementWords.Of(text, null);

        Assert.Null(words.PastedAttribution);
        Assert.Contains("said", Assert.Single(words.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NewspaperContinuedQuotation_KeepsParagraphsAndDropsTheRepeatedOpeningMarks()
    {
        var words = StatementWords.Of("“Directors recognise these pressures.\n\n“We stand ready to help,” said Jo Example.", "We stand ready to help,");

        Assert.Equal(["Directors recognise these pressures.", "We stand ready to help."], words.Paragraphs);
        Assert.Equal("Jo Example", words.PastedAttribution);
    }

    [Fact]
    public void Of_KeyQuoteWithPlainMarksAndRunTogetherSpace_IsFoundAndNestedLikeTheText()
    {
        var text = "We disagree.\n\nAs one worker said, “they called it ‘inadequate’\nwithout reading a file.”";
        var words = StatementWords.Of(text, "As one worker said, \"they called it 'inadequate' without reading a file.\"");

        Assert.Equal(["We disagree.", "As one worker said, ‘they called it “inadequate” without reading a file.’"], words.Paragraphs);
        Assert.Equal("As one worker said, ‘they called it “inadequate” without reading a file.’", words.KeyQuote);
    }

    [Theory]
    [InlineData("Ofsted spokesperson", null, "spokesperson", "Ofsted", "Ofsted spokesperson")]
    [InlineData("President, ADCS", null, null, "ADCS", "President, ADCS")]
    [InlineData("Jo Example", "Jo Example, President of ADCS", "President", "ADCS", "Jo Example, President of ADCS")]
    [InlineData("Professor Alan Reeve", "Prof Reeve", "Professor of Social Work; Kingston University", "Kingston University", "Professor Alan Reeve, Professor of Social Work, Kingston University")]
    [InlineData("Spokesperson", null, null, "The Fostering Network", "Spokesperson, The Fostering Network")]
    public void Byline_SaysEachPartOnce(string speaker, string? pasted, string? role, string body, string expected) =>
        Assert.Equal(expected, BylineWriter.Write(speaker, pasted, role, body));
}
