using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class ThemeRulesTests
{
    private static HashSet<Theme> Themes(string text) => ThemeRules.Decide(text).Select(t => t.Value).ToHashSet();

    [Fact]
    public void Decide_TaxonomyMixedExample_FindsFrameworkMultiAgencyAccountability()
    {
        var themes = Themes("Inspection keeps children safe and we welcome scrutiny. But a framework that looks only at the council and not at police and health partners tells half the story.");

        Assert.Superset(new HashSet<Theme> { Theme.Framework, Theme.MultiAgency, Theme.Accountability }, themes);
    }

    [Fact]
    public void Decide_RequiresImprovementGrade_IsNotImprovementTheme()
    {
        Assert.DoesNotContain(Theme.Improvement, Themes("Ofsted judged our services to require improvement to be good."));
    }

    [Fact]
    public void Decide_ImprovementPlan_IsImprovementTheme()
    {
        var labels = ThemeRules.Decide("We have already started work on the improvement plan.");

        var improvement = Assert.Single(labels, l => l.Value == Theme.Improvement);
        Assert.Contains("improvement", improvement.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(improvement.Cues);
    }

    [Fact]
    public void Decide_InspectorsSpentDays_IsNotResources()
    {
        Assert.DoesNotContain(Theme.Resources, Themes("Inspectors spent a handful of days with us."));
    }

    [Fact]
    public void Decide_BudgetCuts_IsResources()
    {
        Assert.Contains(Theme.Resources, Themes("Councils have lost 40% of their budgets since 2010."));
    }

    [Fact]
    public void Decide_ListeningToStaff_IsNotChildrenVoice()
    {
        Assert.DoesNotContain(Theme.ChildrenVoice, Themes("The council has listened to its managers and heard their views."));
    }

    [Fact]
    public void Decide_ListeningToYoungPeople_IsChildrenVoice()
    {
        Assert.Contains(Theme.ChildrenVoice, Themes("Young people told us nobody listened to them."));
    }

    [Theory]
    [InlineData("A one-word grade hides more than it shows.", Theme.SingleWordJudgement)]
    [InlineData("Caseloads are too high and agency staff keep leaving.", Theme.Workforce)]
    [InlineData("Children who go missing from care are at risk of grooming.", Theme.Exploitation)]
    [InlineData("Family hubs help families before problems reach crisis point.", Theme.EarlyHelp)]
    [InlineData("The director has apologised and accepted responsibility.", Theme.Accountability)]
    public void Decide_ThemeVocabulary_FindsTheme(string text, Theme expected)
    {
        Assert.Contains(expected, Themes(text));
    }

    [Fact]
    public void Decide_TheInspectionReportNamedInPassing_IsNotTheFrameworkTheme() =>
        Assert.DoesNotContain(Theme.Framework, ThemeRules.Decide("The inspection report is right to say so, and we accept it.").Select(t => t.Value));
}
