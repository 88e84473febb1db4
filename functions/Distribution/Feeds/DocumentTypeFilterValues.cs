using Publishing.Reading.Model;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// The document-type values a feed address (<c>type/{slug}</c>) or a subscription may name: each type's slug from
/// <see cref="DocumentTypes"/>, and <c>inspection</c> for every full inspection (so a comms team can ask for
/// inspections only, or inspections and <c>focused-visit</c>).
/// </summary>
public static class DocumentTypeFilterValues
{
    public const string AnyFullInspection = "inspection";

    public static IEnumerable<string> All => DocumentTypes.Slugs.Append(AnyFullInspection);

    public static bool IsKnown(string value) => All.Contains(value, StringComparer.Ordinal);

    /// <summary>Whether an entry of this type is named by the value. An entry stored before types were told was a full inspection.</summary>
    public static bool Matches(string value, DocumentType? type) =>
        value == AnyFullInspection ? type is null || type.Value.IsFullInspection() : type is { } t && t.Slug() == value;
}
