using System.Net;
using System.Text;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>Writes <see cref="GradeInContext"/> as the page's opening block (<c>section.grade-in-context</c>).</summary>
internal static class HtmlGradeBlock
{
    public static void Write(StringBuilder h, PressSummary s)
    {
        var block = GradeInContext.Of(s);
        h.Append("<section class=\"grade-in-context\" aria-labelledby=\"grade-in-context\">\n");
        h.Append("<h2 id=\"grade-in-context\">The grade in context</h2>\n");
        if (block.Overall is { } overall)
            h.Append($"<p class=\"overall\"><span class=\"label\">Overall effectiveness</span> <span class=\"chip {GradeInContext.CssClass(overall.Grade)}\">{E(overall.GradeWords)}</span></p>\n");
        else
            h.Append($"<p class=\"overall no-grade\">No overall grade</p>\n");
        h.Append($"<p class=\"context-line\">{E(block.OverallStatement)}</p>\n");
        h.Append("<ul class=\"subs\" aria-label=\"Each judgement's grade\">\n");
        foreach (var j in block.Judgements)
            h.Append($"<li><span>{E(Composition.Prose.Capitalise(j.ShortName))}</span> <span class=\"chip {GradeInContext.CssClass(j.Grade)}\">{E(j.GradeWords)}</span></li>\n");
        h.Append("</ul>\n");
        if (block.Limited is { } limited) h.Append($"<p class=\"context-line limited\"><strong>{E(limited.Label)}:</strong> {E(limited.Text)}</p>\n");
        h.Append($"<p class=\"context-line trend\"><strong>Since the last inspection:</strong> {E(block.Trend)}</p>\n");
        h.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
