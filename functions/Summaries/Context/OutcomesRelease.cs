using System.Globalization;

namespace Publishing.Summaries.Context;

/// <summary>
/// Which release of Ofsted's "Local authority inspection outcomes" official statistics the data is: the date its
/// figures stand at, when Ofsted published it, what it covers, and the attribution its licence asks for.
/// </summary>
public sealed record OutcomesRelease(string Title, DateOnly AsAt, DateOnly Published, string Coverage, string Attribution)
{
    public const string OpenGovernmentLicence = "Contains public sector information licensed under the Open Government Licence v3.0.";

    /// <summary>"as at 31 March 2025", the words Ofsted names its releases by.</summary>
    public string AsAtWords => "as at " + AsAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Ofsted, Local authority inspection outcomes as at 31 March 2025 (official statistics, published 25 September 2025)".</summary>
    public string Citation => $"Ofsted, {Title} (official statistics, published {Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})";
}
