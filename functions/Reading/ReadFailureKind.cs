namespace Publishing.Reading;

/// <summary>Why a document could not be read as a report.</summary>
public enum ReadFailureKind
{
    /// <summary>Zero bytes, or not a PDF at all.</summary>
    NotAPdf,
    /// <summary>The PDF is damaged or cut short and cannot be parsed.</summary>
    CorruptPdf,
    /// <summary>The PDF is password protected.</summary>
    Encrypted,
    /// <summary>The PDF has pages but no extractable text (scanned images).</summary>
    NoText,
    /// <summary>A readable PDF that is not an Ofsted children's services inspection report.</summary>
    NotAnOfstedReport,
    /// <summary>An Ofsted report whose layout the reader does not know, or whose judgement table it cannot read with certainty.</summary>
    UnknownLayout,
    /// <summary>The document is larger than the configured limits (bytes or pages).</summary>
    TooLarge,
    /// <summary>Reading took longer than the configured time budget.</summary>
    TimedOut,
    /// <summary>An earlier read of this very document never finished: the process reading it died. It is not read again.</summary>
    Quarantined,
    /// <summary>A known Ofsted document the reader does not summarise (a monitoring visit or JTAI letter): routed to review.</summary>
    RoutedToReview,
}
