namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// An LZW encoder as PDF specifies it, for building test streams: it tracks the decoder's table (one entry behind the
/// encoder's) so each code is written at the width the decoder will read it with, and clears the table when full.
/// </summary>
public static class RawLzw
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int MaxCodes = 4096;

    public static byte[] Encode(ReadOnlySpan<byte> data, bool earlyChange = true)
    {
        var writer = new CodeWriter(earlyChange);
        var table = new Dictionary<(int Prefix, byte Next), int>();
        var nextCode = 258;
        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
                continue;
            }
            if (table.TryGetValue((current, b), out var longer))
            {
                current = longer;
                continue;
            }
            writer.Code(current);
            table[(current, b)] = nextCode++;
            if (nextCode == MaxCodes)
            {
                writer.Clear();
                table.Clear();
                nextCode = 258;
            }
            current = b;
        }
        if (current >= 0) writer.Code(current);
        return writer.End();
    }

    /// <summary>Codes that decode to at least <paramref name="decodedLength"/> zero bytes: each code names the sequence
    /// before it plus one byte, the most LZW can grow by, and the table is cleared before it fills.</summary>
    public static byte[] Bomb(long decodedLength)
    {
        var writer = new CodeWriter(earlyChange: true);
        long produced = 0;
        while (produced < decodedLength)
        {
            writer.Code(0);
            produced++;
            for (var sequence = 2; writer.DecoderNextCode < MaxCodes - 2 && produced < decodedLength; sequence++)
            {
                writer.Code(writer.DecoderNextCode);
                produced += sequence;
            }
            writer.Clear();
        }
        return writer.End();
    }

    /// <summary>Writes the codes given, each at the width the decoder reads it with: <c>256</c> clears the table
    /// (widths start again at 9 bits), and the end marker follows the last. Codes need not make sense.</summary>
    public static byte[] Codes(IEnumerable<int> codes)
    {
        var writer = new CodeWriter(earlyChange: true);
        foreach (var code in codes)
        {
            if (code == ClearTable) writer.Clear();
            else writer.Code(code);
        }
        return writer.End();
    }

    /// <summary>The first free code the decoder will have when it reads the next code after <paramref name="codes"/>.</summary>
    public static int NextFreeCode(IReadOnlyList<int> codes)
    {
        var next = 258;
        var sinceClear = 0;
        foreach (var code in codes)
        {
            if (code == ClearTable) (next, sinceClear) = (258, 0);
            else if (sinceClear++ > 0 && next < MaxCodes) next++;
        }
        return next;
    }

    private sealed class CodeWriter
    {
        private readonly List<byte> _bytes = [];
        private readonly int _widenLate;
        private int _bits = 9;
        private int _pending;
        private int _pendingBits;
        private int _codesSinceClear;

        public CodeWriter(bool earlyChange)
        {
            _widenLate = earlyChange ? 0 : 1;
            Write(ClearTable);
        }

        public int DecoderNextCode { get; private set; } = 258;

        public void Code(int code)
        {
            Write(code);
            if (_codesSinceClear++ > 0 && DecoderNextCode < MaxCodes)
            {
                DecoderNextCode++;
                if (_bits < 12 && DecoderNextCode >= (1 << _bits) - 1 + _widenLate) _bits++;
            }
        }

        public void Clear()
        {
            Write(ClearTable);
            _bits = 9;
            DecoderNextCode = 258;
            _codesSinceClear = 0;
        }

        public byte[] End()
        {
            Write(EndOfData);
            if (_pendingBits > 0) _bytes.Add((byte)(_pending << (8 - _pendingBits)));
            return [.. _bytes];
        }

        private void Write(int code)
        {
            for (var i = _bits - 1; i >= 0; i--)
            {
                _pending = (_pending << 1) | ((code >> i) & 1);
                if (++_pendingBits == 8)
                {
                    _bytes.Add((byte)_pending);
                    _pending = _pendingBits = 0;
                }
            }
        }
    }
}
