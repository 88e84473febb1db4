using System.Text.Json;
using System.Text.Json.Serialization;

namespace Publishing.Reading.Model;

/// <summary>Writes and reads a <see cref="DocumentType"/> as its slug from <see cref="DocumentTypes"/>.</summary>
public sealed class DocumentTypeJsonConverter : JsonConverter<DocumentType>
{
    public override DocumentType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var slug = reader.GetString();
        return DocumentTypes.FromSlug(slug) ?? throw new JsonException($"unknown document type '{slug}' (known: {string.Join(", ", DocumentTypes.Slugs)})");
    }

    public override void Write(Utf8JsonWriter writer, DocumentType value, JsonSerializerOptions options) => writer.WriteStringValue(value.Slug());
}
