using Publishing.Reading.Model;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Context;

/// <summary>One ILACS inspection in Ofsted's outcomes data, with its grades under the reader's judgement keys.</summary>
public sealed record OutcomesInspection(
    string CouncilName,
    string CouncilKey,
    bool CouncilStillExists,
    DateOnly Inspected,
    DateOnly Published,
    string InspectionType,
    IReadOnlyDictionary<string, Grade> Grades,
    FactSource Source);
