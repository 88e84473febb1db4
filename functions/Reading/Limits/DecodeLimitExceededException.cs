namespace Publishing.Reading.Limits;

/// <summary>Thrown out of PdfPig when a stream passes a limit; the reader answers with <see cref="Failure"/> even where PdfPig catches it.</summary>
internal sealed class DecodeLimitExceededException(ReadFailure failure) : Exception(failure.Message)
{
    public ReadFailure Failure { get; } = failure;
}
