using System.Text.Json.Serialization;

namespace Publishing.Reading.Model;

/// <summary>Where the council's identity came from. A name taken from the blob is a fallback and holds the report for review.</summary>
public enum CouncilSource
{
    /// <summary>Read from the report's title block.</summary>
    [JsonStringEnumMemberName("text")] Text,
    /// <summary>The title block gave no readable name; taken from the published file's name (<c>council-yyyy-mm-dd.pdf</c>).</summary>
    [JsonStringEnumMemberName("blob-name")] BlobName,
}
