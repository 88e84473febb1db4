using Publishing.Reading.Model;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// The one vocabulary of grade values, shared by the grade feeds, the subscription filter and its validation. A grade
/// feed holds graded inspections only, each under its overall grade's words as a slug; the 2013 scale's "Adequate"
/// keeps its own value (<c>adequate</c>), never folded into another grade; a full inspection without an overall grade
/// (the 2026 ILACS format) is <see cref="FeedSlice.NoGrade"/>. Documents that are never graded (focused visits, area
/// SEND inspections with their outcome statements) are in no grade feed at all: they are found by document type.
/// </summary>
public static class GradeFeedValues
{
    public static IReadOnlyList<string> All { get; } =
        ["outstanding", "good", "requires-improvement-to-be-good", "inadequate", "adequate", "not-judged", FeedSlice.NoGrade];

    /// <summary>The grade value of a summary, or null where the document type carries no grade.</summary>
    public static string? For(DocumentType? type, string? overallGradeWords)
    {
        if (type is { } known && !known.IsFullInspection() && known.Grading() != DocumentGrading.BoardGrade) return null;
        return overallGradeWords is null ? FeedSlice.NoGrade : Slug.From(overallGradeWords);
    }

    public static bool IsKnown(string value) => All.Contains(value, StringComparer.Ordinal);
}
