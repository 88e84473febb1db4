using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Publishing.Reading.Limits;

/// <summary>
/// Inflates Flate data the way PdfPig's filter does (the two zlib header bytes skipped unread, no checksum), so that
/// what the preflight measures and keeps is exactly what PdfPig would have produced, never more than a limit.
/// </summary>
internal static class FlateInflater
{
    private const int BlockLength = 64 * 1024;

    /// <param name="Length">Bytes inflated; past the limit, the limit plus up to one block.</param>
    /// <param name="Complete">The data ended where deflate says it ends, undamaged and within the limit.</param>
    /// <param name="Bytes">What inflated, when asked to keep it (also when incomplete).</param>
    public readonly record struct Inflated(long Length, bool Complete, byte[]? Bytes);

    public static Inflated Inflate(ReadOnlyMemory<byte> data, long limit, bool keep)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(keep ? (int)Math.Clamp(data.Length * 4L, 4096, BlockLength * 4L) : BlockLength);
        long total = 0;
        var filled = 0;
        var complete = false;
        try
        {
            using var deflate = new DeflateStream(AsStream(data.Length > 2 ? data[2..] : ReadOnlyMemory<byte>.Empty), CompressionMode.Decompress);
            while (total <= limit)
            {
                if (keep && filled == buffer.Length) Grow(ref buffer, filled);
                var read = deflate.Read(buffer, keep ? filled : 0, keep ? Math.Min(BlockLength, buffer.Length - filled) : buffer.Length);
                if (read == 0)
                {
                    complete = true;
                    break;
                }
                total += read;
                if (keep) filled += read;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Damaged data: what inflated before the damage is counted (and kept); PdfPig decides what to make of it.
        }
        var bytes = keep ? buffer.AsSpan(0, filled).ToArray() : null;
        ArrayPool<byte>.Shared.Return(buffer);
        return new Inflated(total, complete && total <= limit, bytes);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);

    private static void Grow(ref byte[] buffer, int filled)
    {
        var grown = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = grown;
    }
}
