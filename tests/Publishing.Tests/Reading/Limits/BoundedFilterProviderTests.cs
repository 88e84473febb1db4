using System.Text;
using Publishing.Reading;
using Publishing.Reading.Limits;
using Publishing.Tests.Reading.Hostile;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Tests.Reading.Limits;

/// <summary>The filters PdfPig is given decode what PdfPig's own do, but measure first what the preflight did not.</summary>
public sealed class BoundedFilterProviderTests
{
    private static readonly ReportReaderOptions Options = new() { MaxDecodedStreamBytes = 1 << 20, MaxDecodedTotalBytes = 4 << 20 };
    private static readonly byte[] Text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"BT ({i}) Tj ET\n")));

    private static DictionaryToken Stream(params NameToken[] filters) => new(new Dictionary<NameToken, IToken>
    {
        [NameToken.Filter] = filters.Length == 1 ? filters[0] : new ArrayToken(filters),
    });

    /// <summary>Decodes as PdfPig does for a stream: each filter in turn, on what the one before produced.</summary>
    private static byte[] DecodeAll(IFilterProvider provider, DictionaryToken stream, byte[] raw)
    {
        Memory<byte> data = raw;
        var filters = provider.GetFilters(stream);
        for (var i = 0; i < filters.Count; i++) data = filters[i].Decode(data, stream, provider, i);
        return data.ToArray();
    }

    public static TheoryData<string> Encodings => ["lzw", "run-length", "hex+lzw", "flate"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_AStreamThePreflightDidNotSee_GivesPdfPigsBytesAndCountsThem(string encoding)
    {
        var (stream, raw) = Encode(encoding, Text);
        var streams = new DecodedStreams([]);

        var decoded = DecodeAll(new BoundedFilterProvider(streams, Options), stream, raw);

        Assert.Equal(Text, decoded);
        Assert.Equal(DecodeAll(DefaultFilterProvider.Instance, stream, raw), decoded);
        Assert.Equal(Text.Length, streams.TotalDecoded);
        Assert.Null(streams.Refusal);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_ABombThePreflightDidNotSee_IsRefusedAndTheRefusalStands(string encoding)
    {
        var (stream, raw) = Encode(encoding, new byte[64 << 20]);
        var streams = new DecodedStreams([]);
        var provider = new BoundedFilterProvider(streams, Options);

        var refused = Assert.Throws<DecodeLimitExceededException>(() => DecodeAll(provider, stream, raw));

        Assert.Equal(ReadFailureKind.TooLarge, refused.Failure.Kind);
        Assert.Contains("decompression bomb", refused.Failure.Found);
        Assert.Same(refused.Failure, streams.Refusal);
        Assert.Throws<DecodeLimitExceededException>(() => DecodeAll(provider, Encode(encoding, Text).Stream, Encode(encoding, Text).Raw));
    }

    [Fact]
    public void Decode_AnLzwStreamThePreflightMeasured_IsNotCountedAgain()
    {
        var raw = RawLzw.Encode(Text);
        var streams = new DecodedStreams(raw);
        streams.Measured(0, raw.Length, decoded: null);

        var decoded = DecodeAll(new BoundedFilterProvider(streams, Options), Stream(NameToken.LzwDecode), raw);

        Assert.Equal(Text, decoded);
        Assert.Equal(0, streams.TotalDecoded);
    }

    [Fact]
    public void Decode_LzwWithEarlyChangeZero_IsMeasuredWithPdfPigsParameters()
    {
        var raw = RawLzw.Encode(Text, earlyChange: false);
        var stream = new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Filter] = NameToken.LzwDecode,
            [NameToken.DecodeParms] = new DictionaryToken(new Dictionary<NameToken, IToken> { [NameToken.EarlyChange] = new NumericToken(0) }),
        });
        var streams = new DecodedStreams([]);

        var decoded = DecodeAll(new BoundedFilterProvider(streams, Options), stream, raw);

        Assert.Equal(Text, decoded);
        Assert.Equal(Text.Length, streams.TotalDecoded);
    }

    private static (DictionaryToken Stream, byte[] Raw) Encode(string encoding, byte[] data) => encoding switch
    {
        "lzw" => (Stream(NameToken.LzwDecode), encoding == "lzw" && data.Length > Text.Length ? RawLzw.Bomb(data.Length) : RawLzw.Encode(data)),
        "run-length" => (Stream(NameToken.RunLengthDecode), RunLength(data)),
        "hex+lzw" => (Stream(NameToken.AsciiHexDecode, NameToken.LzwDecode), Encoding.ASCII.GetBytes(Convert.ToHexString(data.Length > Text.Length ? RawLzw.Bomb(data.Length) : RawLzw.Encode(data)) + ">")),
        _ => (Stream(NameToken.FlateDecode), RawPdf.Deflate(data)),
    };

    /// <summary>Runs of repeated bytes where they repeat, literals elsewhere.</summary>
    private static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        for (var i = 0; i < data.Length;)
        {
            var run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i]) run++;
            if (run > 1)
            {
                output.Add((byte)(257 - run));
                output.Add(data[i]);
            }
            else
            {
                output.Add(0);
                output.Add(data[i]);
            }
            i += run;
        }
        output.Add(128);
        return [.. output];
    }
}
