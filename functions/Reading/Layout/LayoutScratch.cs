using System.Text;
using UglyToad.PdfPig.Content;

namespace Publishing.Reading.Layout;

/// <summary>
/// Buffers the layout reuses from page to page on one thread: a page has thousands of letters and dozens of lines, and
/// fresh arrays for each made layout allocate about 260 KB a page, which the garbage collector then had to clear.
/// </summary>
internal sealed class LayoutScratch
{
    /// <summary>Buffers grown past this many letters (a flood of text on one page) are not kept for the next page.</summary>
    private const int KeepAtMost = 1 << 16;

    private Letter[] _letters = [];
    private Letter[] _sorted = [];
    private Letter[] _line = [];
    private double[] _keys = [];
    private double[] _sizes = [];
    private int[] _first = [];
    private int[] _second = [];
    private int[] _bounds = [];
    private int _lettersUsed, _sortedUsed, _lineUsed;

    public List<int> LineStarts { get; } = [];
    public StringBuilder Text { get; } = new();
    public StringBuilder Word { get; } = new();

    public Letter[] Letters(int count) => Use(ref _letters, count, ref _lettersUsed);
    public Letter[] Sorted(int count) => Use(ref _sorted, count, ref _sortedUsed);
    public Letter[] Line(int count) => Use(ref _line, count, ref _lineUsed);

    public double[] Sizes(int count) => Grow(ref _sizes, count);

    public (double[] Keys, int[] First, int[] Second, int[] Bounds) SortBuffers(int count) =>
        (Grow(ref _keys, count), Grow(ref _first, count), Grow(ref _second, count), Grow(ref _bounds, count + 1));

    /// <summary>Drops the page's letters (so the page can be collected) and any buffer grown too large to keep.</summary>
    public void Release()
    {
        Array.Clear(_letters, 0, _lettersUsed);
        Array.Clear(_sorted, 0, _sortedUsed);
        Array.Clear(_line, 0, _lineUsed);
        _lettersUsed = _sortedUsed = _lineUsed = 0;
        LineStarts.Clear();
        if (_letters.Length > KeepAtMost || _sorted.Length > KeepAtMost || _line.Length > KeepAtMost || _bounds.Length > KeepAtMost + 1)
        {
            _letters = _sorted = _line = [];
            _keys = _sizes = [];
            _first = _second = _bounds = [];
        }
        if (Text.Capacity > KeepAtMost) Text.Clear().Capacity = 16;
        if (Word.Capacity > KeepAtMost) Word.Clear().Capacity = 16;
    }

    private static Letter[] Use(ref Letter[] buffer, int count, ref int used)
    {
        used = Math.Max(used, count);
        return Grow(ref buffer, count);
    }

    private static T[] Grow<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count) buffer = new T[Math.Max(count, buffer.Length * 2)];
        return buffer;
    }
}
