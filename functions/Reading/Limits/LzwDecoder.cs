namespace Publishing.Reading.Limits;

/// <summary>
/// LZW as PDF writes it (ISO 32000-1, 7.4.4: 9 to 12-bit codes, 256 clears the table, 257 ends the data, codes widen
/// one code early unless /EarlyChange is 0), decoded within a limit. Up to about 2,600 bytes come out of each byte
/// that goes in, so PdfPig's own filter, which decodes without a limit, is only given data measured here first.
/// Damaged data fails where PdfPig 0.1.16's filter fails, and decodes to what it decodes to where it does not: data
/// that runs out before the end marker is an error; a code past the table repeats the previous sequence plus its first
/// byte, but only the end marker or a clear may follow a code beyond the next free one; such a code with no sequence
/// before it is an error. So a stream measured here is exactly as long as PdfPig makes it, or fails as PdfPig does.
/// </summary>
internal static class LzwDecoder
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int FirstFreeCode = 258;
    private const int MaxCodes = 4096;

    public static BoundedDecode Decode(ReadOnlySpan<byte> data, bool earlyChange, long limit, bool keep)
    {
        var prefix = new short[MaxCodes];
        var suffix = new byte[MaxCodes];
        var first = new byte[MaxCodes];
        var length = new int[MaxCodes];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = first[i] = (byte)i;
            length[i] = 1;
        }

        var output = keep ? new GrowableBytes(Math.Clamp(data.Length * 4L, 256, limit + 1)) : null;
        var widenLate = earlyChange ? 0 : 1;
        var nextCode = FirstFreeCode;
        var bits = 9;
        var previous = -1;
        var previousBeyondTable = false;
        long total = 0;
        var reader = new CodeReader(data);
        while (true)
        {
            if (!reader.TryRead(bits, out var code)) throw new InvalidDataException("LZW data ended before its end-of-data code.");
            if (code == EndOfData) break;
            if (code == ClearTable)
            {
                nextCode = FirstFreeCode;
                bits = 9;
                previous = -1;
                previousBeyondTable = false;
                continue;
            }
            if (previousBeyondTable) throw new InvalidDataException($"LZW code {code} follows a code that was beyond the table.");

            // PdfPig files such a code's sequence under the next free code, not under the code itself.
            var beyondTable = code > nextCode;
            int sequence;
            if (code < nextCode) sequence = length[code];
            else if (previous >= 0) sequence = length[previous] + 1;
            else throw new InvalidDataException($"LZW code {code} is not in the table and no sequence precedes it.");

            if (total + sequence > limit) return BoundedDecode.OverLimit(total + sequence);
            if (output is not null)
            {
                if (code < nextCode) output.Append(prefix, suffix, code, sequence);
                else
                {
                    output.Append(prefix, suffix, previous, sequence - 1);
                    output.Add(first[previous]);
                }
            }
            total += sequence;

            if (previous >= 0 && nextCode < MaxCodes)
            {
                // The previous sequence followed by the first byte of this one.
                var firstOfThis = code < nextCode ? first[code] : first[previous];
                prefix[nextCode] = (short)previous;
                suffix[nextCode] = firstOfThis;
                first[nextCode] = first[previous];
                length[nextCode] = length[previous] + 1;
                nextCode++;
                if (bits < 12 && nextCode >= (1 << bits) - 1 + widenLate) bits++;
            }
            previous = code;
            previousBeyondTable = beyondTable;
        }
        return new BoundedDecode(total, output?.ToArray());
    }

    /// <summary>Reads codes most significant bit first.</summary>
    private ref struct CodeReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private long _bit;

        public bool TryRead(int width, out int code)
        {
            code = 0;
            if (_bit + width > _data.Length * 8L) return false;
            for (var i = 0; i < width; i++, _bit++)
                code = (code << 1) | ((_data[(int)(_bit >> 3)] >> (7 - (int)(_bit & 7))) & 1);
            return true;
        }
    }

    private sealed class GrowableBytes(long capacity)
    {
        private byte[] _bytes = new byte[capacity];
        private int _count;

        public void Add(byte value)
        {
            Ensure(1);
            _bytes[_count++] = value;
        }

        /// <summary>Writes code's sequence, <paramref name="sequence"/> bytes long, by walking its prefixes back from the end.</summary>
        public void Append(short[] prefix, byte[] suffix, int code, int sequence)
        {
            Ensure(sequence);
            for (var at = _count + sequence - 1; code >= 0; code = prefix[code]) _bytes[at--] = suffix[code];
            _count += sequence;
        }

        public byte[] ToArray() => _bytes.AsSpan(0, _count).ToArray();

        private void Ensure(int more)
        {
            if (_count + more <= _bytes.Length) return;
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(_bytes.Length * 2L, _count + (long)more)));
        }
    }
}
