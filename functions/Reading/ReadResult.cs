using System.Diagnostics.CodeAnalysis;
using Publishing.Reading.Model;

namespace Publishing.Reading;

/// <summary>Either a report or a failure, never both.</summary>
public sealed class ReadResult
{
    private ReadResult(InspectionReport? report, ReadFailure? failure)
    {
        Report = report;
        Failure = failure;
    }

    public InspectionReport? Report { get; }
    public ReadFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Report is not null;

    public static ReadResult Success(InspectionReport report) => new(report, null);

    public static ReadResult Fail(ReadFailureKind kind, string expected, string found) => new(null, new ReadFailure(kind, expected, found));

    public static ReadResult Fail(ReadFailure failure) => new(null, failure);
}
