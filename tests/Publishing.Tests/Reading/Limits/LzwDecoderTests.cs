using System.Text;
using Publishing.Reading.Limits;
using Publishing.Tests.Reading.Hostile;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Tests.Reading.Limits;

public sealed class LzwDecoderTests
{
    private static readonly byte[] Text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"BT /F1 12 Tf ({i} looked after children) Tj ET\n")));

    private static byte[] PdfPigDecode(byte[] data, bool earlyChange = true)
    {
        // PdfPig reads /DecodeParms only beside a /Filter that names the filter.
        var entries = new Dictionary<NameToken, IToken> { [NameToken.Filter] = NameToken.LzwDecode };
        if (!earlyChange)
            entries[NameToken.DecodeParms] = new DictionaryToken(new Dictionary<NameToken, IToken> { [NameToken.EarlyChange] = new NumericToken(0) });
        return new LzwFilter().Decode(data, new DictionaryToken(entries), DefaultFilterProvider.Instance, 0).ToArray();
    }

    public static TheoryData<string> Inputs => ["text", "random", "zeros", "short", "empty"];

    private static byte[] Input(string name) => name switch
    {
        "text" => Text,
        "random" => RandomBytes(200_000, seed: 5),
        "zeros" => new byte[3_000_000],
        "short" => "ab"u8.ToArray(),
        _ => [],
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decode_WhatTheEncoderWrote_GivesTheOriginalBytesAsPdfPigDoes(string name)
    {
        var input = Input(name);
        foreach (var earlyChange in new[] { true, false })
        {
            var encoded = RawLzw.Encode(input, earlyChange);

            var decoded = LzwDecoder.Decode(encoded, earlyChange, limit: 16 << 20, keep: true);

            Assert.Equal(input, decoded.Bytes);
            Assert.Equal(input.Length, decoded.Length);
            Assert.Equal(input, PdfPigDecode(encoded, earlyChange));
        }
    }

    [Fact]
    public void Decode_Measuring_CountsWhatKeepingWouldKeep()
    {
        var encoded = RawLzw.Encode(Text);

        var measured = LzwDecoder.Decode(encoded, earlyChange: true, limit: 16 << 20, keep: false);

        Assert.Equal(Text.Length, measured.Length);
        Assert.Null(measured.Bytes);
    }

    [Fact]
    public void Decode_Bomb_StopsJustPastTheLimitWhereUnboundedPdfPigDecodesItAll()
    {
        var bomb = RawLzw.Bomb(64L << 20);

        var bounded = LzwDecoder.Decode(bomb, earlyChange: true, limit: 1 << 20, keep: true);

        Assert.InRange(bomb.Length, 1, 64 * 1024);
        Assert.Null(bounded.Bytes);
        Assert.InRange(bounded.Length, (1 << 20) + 1, (1 << 20) + 4096);
        Assert.InRange(PdfPigDecode(bomb).LongLength, 64L << 20, (64L << 20) + 8192);
    }

    [Fact]
    public void Decode_Garbage_AgreesWithPdfPigOnEveryInput()
    {
        var random = new Random(17);
        for (var i = 0; i < 300; i++)
        {
            var garbage = RandomBytes(random.Next(1, 3000), seed: random.Next());
            // Most random data starts with a code past the literals and no sequence before it: both refuse. Starting
            // with a clear and a literal gets further.
            if (i % 2 == 0) garbage = [0x80, 0x00, .. garbage];

            DecoderAgreement.Check($"input {i}", () => LzwDecoder.Decode(garbage, earlyChange: true, limit: 16 << 20, keep: true).Bytes!, () => PdfPigDecode(garbage));
        }
    }

    [Fact]
    public void Decode_RandomCodes_AgreeWithPdfPigWhetherTheyMakeSenseOrNot()
    {
        var random = new Random(23);
        var (decoded, failed) = (0, 0);
        for (var i = 0; i < 300; i++)
        {
            // Mostly codes in the table, some one past it (the case where a sequence repeats itself), a few beyond that
            // and a few clears; a code other than a literal first after a clear fails.
            var codes = new List<int>();
            var next = 258;
            var beyondOnce = random.Next(3) == 0;
            for (var n = random.Next(1, 3000); n > 0; n--)
            {
                var roll = random.Next(1000);
                var afterClear = codes.Count == 0 || codes[^1] == 256;
                var code = roll switch
                {
                    _ when afterClear => random.Next(256),
                    < 20 => 256,
                    < 30 when beyondOnce => next + 1 + random.Next(3),
                    < 200 => next,
                    _ => random.Next(next),
                };
                if (code > next) beyondOnce = false;
                if (code == 257) code = 0;
                codes.Add(code);
                next = RawLzw.NextFreeCode(codes);
                if (next >= 4096) { codes.Add(256); next = 258; }
            }
            var stream = RawLzw.Codes(codes);

            if (DecoderAgreement.Check($"sequence {i}", () => LzwDecoder.Decode(stream, earlyChange: true, limit: 256 << 20, keep: true).Bytes!, () => PdfPigDecode(stream))) decoded++;
            else failed++;
        }
        Assert.True(decoded > 50 && failed > 50, $"{decoded} decoded, {failed} failed: the sequences should exercise both");
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
