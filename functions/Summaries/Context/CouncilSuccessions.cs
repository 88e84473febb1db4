namespace Publishing.Summaries.Context;

/// <summary>
/// Councils that took over children's services from a council that was abolished or replaced (local government
/// reorganisation; Ofsted's data list the old council as "No longer exists", or carry its inspections under the new
/// council's name). An inspection before <see cref="Succession.From"/> was an inspection of the predecessor.
/// </summary>
public static class CouncilSuccessions
{
    /// <param name="SuccessorKey">The reader's key of the council that exists now.</param>
    /// <param name="PredecessorKey">The key the predecessor's inspections are held under.</param>
    /// <param name="PredecessorName">The predecessor as press copy names it.</param>
    public sealed record Succession(string SuccessorKey, string PredecessorKey, string PredecessorName, DateOnly From);

    public static IReadOnlyList<Succession> All { get; } =
    [
        new("bournemouth-christchurch-and-poole", "bournemouth", "Bournemouth", new DateOnly(2019, 4, 1)),
        new("bournemouth-christchurch-and-poole", "poole", "Poole", new DateOnly(2019, 4, 1)),
        new("dorset", "dorset", "Dorset County Council", new DateOnly(2019, 4, 1)),
        new("north-northamptonshire", "northamptonshire", "Northamptonshire", new DateOnly(2021, 4, 1)),
        new("west-northamptonshire", "northamptonshire", "Northamptonshire", new DateOnly(2021, 4, 1)),
        new("cumberland", "cumbria", "Cumbria", new DateOnly(2023, 4, 1)),
        new("westmorland-and-furness", "cumbria", "Cumbria", new DateOnly(2023, 4, 1)),
        new("north-yorkshire", "north-yorkshire", "North Yorkshire County Council", new DateOnly(2023, 4, 1)),
        new("somerset", "somerset", "Somerset County Council", new DateOnly(2023, 4, 1)),
    ];

    /// <summary>The predecessors whose inspections stand before <paramref name="councilKey"/>'s own.</summary>
    public static IEnumerable<Succession> Of(string councilKey) => All.Where(s => s.SuccessorKey == councilKey);

    /// <summary>The predecessor an inspection of <paramref name="heldUnderKey"/> on <paramref name="inspected"/> was of, if any.</summary>
    public static Succession? PredecessorFor(string councilKey, string heldUnderKey, DateOnly inspected) =>
        Of(councilKey).FirstOrDefault(s => s.PredecessorKey == heldUnderKey && inspected < s.From);
}
