namespace ScormBuilder.Tests.Kinds.Shared.Questions;

/// <summary>The first order of an ordering question: a permutation, never the answer, the same every time.</summary>
public sealed class ScrambledOrderTests
{
    private const string Ids = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static TheoryData<int> Lengths => [.. Enumerable.Range(2, Ids.Length - 1)];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Should_never_show_the_correct_order(int length)
    {
        var correct = Ids[..length].ToList();
        foreach (var id in Enumerable.Range(0, 500).Select(i => $"q-{i}"))
        {
            var order = ScrambledOrder.Of(id, correct);

            Assert.NotEqual(correct, order);
            Assert.Equal(correct, order.Order());
        }
    }

    [Fact]
    public void Should_give_the_same_order_for_the_same_id_and_differ_between_ids()
    {
        var correct = Ids[..6].ToList();

        Assert.Equal(ScrambledOrder.Of("q-steps", correct), ScrambledOrder.Of("q-steps", correct));
        Assert.True(Enumerable.Range(0, 20).Select(i => string.Concat(ScrambledOrder.Of($"q-{i}", correct))).Distinct().Count() > 10);
    }

    [Fact]
    public void Should_leave_a_single_item_alone() =>
        Assert.Equal(['a'], ScrambledOrder.Of("q", ['a']));
}
