namespace Publishing.Reading.Model;

/// <summary>Ofsted's grades. Adequate belongs to the pre-2013 scale only.</summary>
public enum Grade
{
    Outstanding,
    Good,
    RequiresImprovementToBeGood,
    Inadequate,
    Adequate,
    NotJudged,
}
