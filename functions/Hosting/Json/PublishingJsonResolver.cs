using System.Text.Json.Serialization.Metadata;

namespace Publishing.Hosting.Json;

/// <summary>
/// <see cref="PublishingJsonContext"/> with one rule every options instance shares: nulls are left out when writing,
/// so a property that may hold null is never required when reading, and whatever was stored can be read back (a
/// summary without an overall grade had been written without <c>overall</c> and then refused as missing it). A C#
/// <c>required</c> on a nullable property still makes every constructing call site decide its value.
/// </summary>
internal static class PublishingJsonResolver
{
    public static readonly IJsonTypeInfoResolver Instance = PublishingJsonContext.Default.WithAddedModifier(OmittableIsOptional);

    private static void OmittableIsOptional(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties)
            if (property.IsRequired && MayBeNull(property)) property.IsRequired = false;
    }

    private static bool MayBeNull(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsGetNullable);
}
