using System.Text.Json.Serialization;

namespace Publishing.Reading.Model;

/// <summary>What kind of Ofsted document a PDF is, told apart before any type's parser runs. Its names, slugs and
/// how it is graded are in <see cref="DocumentTypes"/>, the one vocabulary.</summary>
[JsonConverter(typeof(DocumentTypeJsonConverter))]
public enum DocumentType
{
    Sif,
    SifReinspection,
    LookedAfterChildren2013,
    LscbReview,
    Ilacs2018,
    Ilacs2023,
    /// <summary>The 2026 ILACS format, standard and short inspections alike (the reports print nothing that tells them apart).</summary>
    Ilacs2026,
    FocusedVisit,
    AreaSend,
    MonitoringVisit,
    Jtai,
}
