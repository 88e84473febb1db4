namespace Publishing.Reading.Limits;

/// <summary>The filters a stream's data may pass through, as far as the limits are concerned.</summary>
internal enum StreamFilter
{
    Flate,
    Lzw,
    RunLength,
    AsciiHex,
    Ascii85,
    /// <summary>DCT, JPX, CCITT fax, JBIG2: image data, which the reader never asks PdfPig to decode.</summary>
    Image,
}
