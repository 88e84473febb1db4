using System.Text.Json;
using Publishing.Hosting.Invocations;
using Publishing.Reading;

namespace Publishing.Fuzz;

/// <summary>The fuzzed entry points. Each must turn any input into a result or a documented exception; anything else escapes and is a finding.</summary>
public static class FuzzTargets
{
    private static readonly ReportReader Reader = new(new ReportReaderOptions { TimeBudget = TimeSpan.FromSeconds(2) });

    public static Action<Stream>? Find(string name) => name switch
    {
        "pdf" => ReadPdf,
        "payload" => ParsePayload,
        _ => null,
    };

    /// <summary>ReportReader.ReadPdf: a report or an explained failure, never an exception.</summary>
    public static void ReadPdf(Stream input)
    {
        var result = Reader.ReadPdf(ReadAll(input), "fuzz-2025-01-01.pdf");
        if (result.Succeeded == (result.Failure is not null)) throw new InvalidOperationException("ReadResult is neither a report nor a failure");
        if (result.Failure is { } failure && (string.IsNullOrWhiteSpace(failure.Expected) || string.IsNullOrWhiteSpace(failure.Found)))
            throw new InvalidOperationException($"unexplained failure {failure.Kind}");
    }

    /// <summary>InvocationRequest.Parse and its accessors: a value, null, or JsonException/InvocationPayloadException.</summary>
    public static void ParsePayload(Stream input)
    {
        InvocationRequest request;
        try
        {
            request = InvocationRequest.Parse(ReadAll(input));
        }
        catch (Exception e) when (e is JsonException or InvocationPayloadException)
        {
            return;
        }
        _ = request.MetadataString("name");
        _ = request.MetadataString("Uri");
        _ = request.DataString("message");
        _ = request.MetadataInt("DequeueCount");
        _ = request.MetadataObject("RetryContext");
        _ = request.MetadataObject("Properties");
        try
        {
            _ = request.DataBytes("report");
        }
        catch (InvocationPayloadException)
        {
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
