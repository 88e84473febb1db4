using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Documents;

/// <summary>
/// Monitoring visit and JTAI letters are recognised by their title and routed to review, never summarised: a
/// monitoring visit reports progress since an inadequate judgement and a JTAI covers several agencies, and neither
/// carries a grade a press summary could state. The result names the letter's title so the reviewer knows it.
/// </summary>
internal static partial class ReviewLetterReader
{
    public static ReadResult Route(LayoutDocument document, DocumentType type)
    {
        var title = document.Pages[0].Lines.Select(l => l.Text.Trim()).FirstOrDefault(l => Title().IsMatch(TextNormalizer.ForMatching(l))) ?? "";
        var failure = new ReadFailure(ReadFailureKind.RoutedToReview,
            $"a document type that is summarised ({type.DisplayName()} letters go to review instead)",
            $"a {type.DisplayName()} letter titled '{(title.Length > 100 ? title[..100] + "…" : title)}'")
        {
            DocumentType = type,
        };
        return ReadResult.Fail(failure);
    }

    [GeneratedRegex(@"^(?:monitoring visit (?:to|of)|joint targeted area inspection)\b")]
    private static partial Regex Title();
}
