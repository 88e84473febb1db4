using Publishing.Statements.Language;

namespace Publishing.Tests.Statements.Language;

public sealed class LanguageDocumentSplitterTests
{
    [Fact]
    public void Split_TextWithinTheLimit_ReturnsItWhole()
    {
        Assert.Equal(["We accept the findings."], LanguageDocumentSplitter.Split("  We accept the findings. "));
    }

    [Fact]
    public void Split_LongText_CutsAtSentenceEndsWithinTheLimitAndKeepsEveryWord()
    {
        var sentences = Enumerable.Range(1, 400).Select(i => $"Sentence number {i} says something about the inspection.").ToList();
        var text = string.Join(' ', sentences);

        var pieces = LanguageDocumentSplitter.Split(text);

        Assert.True(pieces.Count >= 5, $"{pieces.Count} pieces for {text.Length} characters");
        Assert.All(pieces, p => Assert.True(p.Length <= LanguageDocumentSplitter.MaxTextElements, $"{p.Length} characters"));
        Assert.All(pieces, p => Assert.EndsWith("inspection.", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public void Split_NoSentenceOrSpace_CutsAtTheLimit()
    {
        var pieces = LanguageDocumentSplitter.Split(new string('x', 25), maxTextElements: 10);

        Assert.Equal([10, 10, 5], pieces.Select(p => p.Length));
    }

    [Fact]
    public void Split_CombiningCharacters_CountsTextElementsNotCodeUnits()
    {
        var accented = string.Concat(Enumerable.Repeat("e\u0301", 8));

        var pieces = LanguageDocumentSplitter.Split(accented, maxTextElements: 8);

        Assert.Equal([accented], pieces);
    }
}
