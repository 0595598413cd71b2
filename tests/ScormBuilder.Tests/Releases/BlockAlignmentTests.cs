using ScormBuilder.Releases;

namespace ScormBuilder.Tests.Releases;

/// <summary>Text blocks lined up across releases: a reworded block is one change, not a removal and an addition.</summary>
public sealed class BlockAlignmentTests
{
    [Fact]
    public void Should_pair_a_reworded_block_and_keep_an_unrelated_one_apart()
    {
        string[] before = ["Intro stays.", "Settings help but guarantee nothing.", "Old tip about hashtags.", "End stays."];
        string[] after = ["Intro stays.", "Settings help, but they guarantee nothing.", "Check who can see a post before you share it.", "End stays."];

        var pairs = BlockAlignment.Align(before, after).ToList();

        Assert.Equal(
            [("Settings help but guarantee nothing.", "Settings help, but they guarantee nothing."), ("Old tip about hashtags.", null),
                (null, "Check who can see a post before you share it.")],
            pairs);
    }

    [Fact]
    public void Should_report_nothing_for_blocks_only_moved_past_an_insertion()
    {
        var pairs = BlockAlignment.Align(["A one.", "B two."], ["New block here.", "A one.", "B two."]).ToList();

        Assert.Equal([(null, "New block here.")], pairs);
    }
}
