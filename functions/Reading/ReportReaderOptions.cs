namespace Publishing.Reading;

/// <summary>Limits that keep one hostile document from taking the host down.</summary>
public sealed class ReportReaderOptions
{
    /// <summary>Largest document accepted, in bytes. Reports are typically 0.1-1 MB.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most pages accepted. The longest SIF reports run to about 60 pages.</summary>
    public int MaxPages { get; set; } = 400;

    /// <summary>Time budget for one document; PdfPig can take seconds on pathological files.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);
}
