using Publishing.Reading.Layout;

namespace Publishing.Tests.Reading.Layout;

public sealed class RunMergeSortTests
{
    private static int[] Order(double[] keys) =>
        RunMergeSort.Order(keys, new int[keys.Length], new int[keys.Length], new int[keys.Length + 1]).ToArray();

    public static TheoryData<string, double[]> Cases => new()
    {
        { "empty", [] },
        { "one", [3] },
        { "sorted", [1, 2, 2, 3, 9] },
        { "reversed", [5, 4, 3, 2, 1] },
        { "two runs", [1, 4, 7, 2, 3, 8] },
        { "ties across runs", [2, 2, 1, 2, 1, 2] },
        { "footer drawn first", [700, 10, 20, 20, 30, 40, 50] },
        { "NaN and infinities", [double.NaN, 1, double.NegativeInfinity, double.PositiveInfinity, 0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Order_IsTheStableSortedOrder(string name, double[] keys)
    {
        var expected = Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ToArray(); // LINQ's OrderBy is stable
        Assert.True(expected.SequenceEqual(Order(keys)), name);
    }

    [Fact]
    public void Order_OfManyRandomArrays_MatchesAStableSort()
    {
        var random = new Random(20261123);
        for (var trial = 0; trial < 500; trial++)
        {
            var keys = Enumerable.Range(0, random.Next(0, 300)).Select(_ => (double)random.Next(0, trial % 7 == 0 ? 3 : 1000)).ToArray();
            if (trial % 3 == 0) Array.Sort(keys, 0, keys.Length / 2); // partly in order already, as letters arrive
            var expected = Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ToArray();
            Assert.Equal(expected, Order(keys));
        }
    }

    [Fact]
    public void Order_InReusedBuffers_MatchesAStableSortWhateverTheBuffersHeld()
    {
        var random = new Random(7);
        var first = new int[400];
        var second = new int[400];
        var bounds = new int[401];
        for (var trial = 0; trial < 200; trial++)
        {
            var keys = Enumerable.Range(0, random.Next(0, 300)).Select(_ => (double)random.Next(0, 50)).ToArray();
            var expected = Enumerable.Range(0, keys.Length).OrderBy(i => keys[i]).ToArray();

            var order = RunMergeSort.Order(keys, first, second, bounds);

            Assert.Equal(expected, order.ToArray());
        }
    }
}
