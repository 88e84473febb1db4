using System.Globalization;
using Publishing.Reading.Model;

namespace Publishing.Summaries.Composition;

/// <summary>Small phrase builders shared by the headline, standfirst and renderers (British English, invariant culture).</summary>
public static class Prose
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>"help and protection judged Inadequate": the one form every grade statement in prose takes.</summary>
    public static string Judged(string name, Grade grade) => $"{name} judged {grade.ToOfstedWords()}";

    /// <summary>"a judged Good and b judged Good": each judgement named with its own grade, so no list of names can be misread (e.g. as the joint "children in care and care leavers").</summary>
    public static string JudgedEach(IEnumerable<string> names, Grade grade) => List(names.Select(n => Judged(n, grade)).ToList());

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Councils(int n) => n == 1 ? "1 council" : $"{Number(n)} councils";
}
