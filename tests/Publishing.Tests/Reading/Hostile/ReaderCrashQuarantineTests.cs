using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Publishing.Cli;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// A document that takes its process down must not be read for ever: `serve` is killed (kill -9) in the middle of
/// reading a blob, as the stack overflow of a hostile PDF killed it, and the `serve` that starts next quarantines the
/// blob instead of reading it again (the old `serve` read it, died, restarted and read it again).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ReaderCrashQuarantineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Serve_KilledWhileReadingABlob_TheNextServeQuarantinesIt()
    {
        // serve takes no name prefix: the unprefixed containers, which no other test uses.
        var storage = new PublishingStorage(new StorageOptions { ConnectionString = azurite.ConnectionString });
        await storage.EnsureCreatedAsync();
        var blobName = $"slow-{Guid.NewGuid():N}-2025-11-14.pdf";
        var pdf = SlowToRead();
        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        await storage.Container(storage.Names.Reports).GetBlobClient(blobName).UploadAsync(new BinaryData(pdf));
        var state = storage.Container(storage.Names.State);
        var mark = state.GetBlobClient($"reading/{Uri.EscapeDataString(blobName)}/{hash}.json");
        var outcome = state.GetBlobClient($"blobs/{Uri.EscapeDataString(blobName)}/{hash}.json");

        using (var first = StartServe())
        {
            Assert.True(await WaitForAsync(mark, first), "the first serve marked the blob as being read");
            await Task.Delay(500); // well into PdfPig's pages by now
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        Assert.False((await outcome.ExistsAsync()).Value, "the killed read recorded nothing");

        using var second = StartServe();
        try
        {
            Assert.True(await WaitForAsync(outcome, second), "the second serve recorded an outcome for the blob");
            var recorded = (await outcome.DownloadContentAsync()).Value.Content.ToObjectFromJson<BlobOutcome>(JsonOutput.Compact)!;
            Assert.Equal(ReadFailureKind.Quarantined, recorded.Failure?.Kind);
            Assert.Contains("died while reading it", recorded.Failure!.Found, StringComparison.Ordinal);
            Assert.False(second.HasExited, "the second serve is still up");
            Assert.False((await mark.ExistsAsync()).Value, "the mark is cleared");
        }
        finally
        {
            second.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Forty pages of 150,000 glyphs each (one shared content stream): within every limit, and seconds of work.</summary>
    private static byte[] SlowToRead()
    {
        const int pages = 40;
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(5, pages).Select(n => $"{n} 0 R"))}] /Count {pages} >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("", Encoding.Latin1.GetBytes("BT /F1 1 Tf 0 0 Td " + string.Concat(Enumerable.Repeat("(xxxxxxxxxx) Tj ", 15_000)) + "ET"));
        for (var i = 0; i < pages; i++)
            pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        return pdf.Build();
    }

    private Process StartServe()
    {
        var folder = Directory.CreateTempSubdirectory("publishing-serve-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "publishing.dll"), "serve", "--storage", azurite.ConnectionString, "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--drop", Path.Combine(folder, "drop")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        start.Environment.Remove("AzureWebJobsStorage");
        start.Environment["PUBLISHING_SECRET_PROTECTION_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> WaitForAsync(BlobClient blob, Process serve)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if ((await blob.ExistsAsync()).Value) return true;
            if (serve.HasExited) return false;
            await Task.Delay(100);
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
