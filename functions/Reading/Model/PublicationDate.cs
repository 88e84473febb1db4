namespace Publishing.Reading.Model;

/// <summary>Where the publication date came from.</summary>
public enum PublicationDateSource
{
    /// <summary>The report states it ("Report published: ...").</summary>
    Report,
    /// <summary>The report does not state it (ILACS reports do not); taken from the published file's name.</summary>
    FileName,
}

/// <summary>The date Ofsted published the report.</summary>
public sealed record PublicationDate(DateOnly Date, PublicationDateSource Source, int? Page);
