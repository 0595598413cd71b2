using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;

namespace ScormBuilder.Tests.Loading;

/// <summary>A mapping read with a shape knows the shape's keys, and only those.</summary>
public sealed class YamlShapeTests
{
    private static readonly YamlKey s_title = new("title", new TextValue(), "The title.", Required: true);
    private static readonly YamlKey s_count = new("count", new WholeNumberValue(1, 5), "How many.");
    private static readonly YamlShape s_shape = new("A test mapping.", [s_title, s_count]);

    [Fact]
    public void Should_know_every_key_of_its_shape_even_one_the_loader_did_not_read()
    {
        // Given a mapping with a misspelt key, of which only the title is read
        var diagnostics = new DiagnosticBag();
        var fields = YamlObject.Parse("title: A\ncuont: 2\n", "test.yaml", 1, "the test", diagnostics, s_shape)!;
        fields.String(s_title);

        // When its unknown keys are reported
        fields.ReportUnknownKeys();

        // Then the suggestion and the list come from the shape
        var unknown = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("test.yaml(2,1): error SB1004: Unknown key 'cuont'. Did you mean 'count'? Known keys here: count, title.", unknown.ToString());
    }

    [Fact]
    public void Should_take_the_limits_and_required_ness_from_the_key()
    {
        var diagnostics = new DiagnosticBag();
        var fields = YamlObject.Parse("count: 9\n", "test.yaml", 1, "the test", diagnostics, s_shape)!;

        Assert.Null(fields.String(s_title));
        Assert.Null(fields.Int(s_count));
        Assert.Equal(
            ["test.yaml(1,1): error SB1005: Missing required key 'title' (text). Add 'title:' here.", "test.yaml(1,8): error SB1015: 'count' is 9, but it must be from 1 to 5."],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Should_refuse_to_read_a_key_its_shape_does_not_list()
    {
        var fields = YamlObject.Parse("title: A\n", "test.yaml", 1, "the test", new DiagnosticBag(), s_shape)!;

        Assert.Throws<InvalidOperationException>(() => fields.String("subtitle"));
        Assert.Throws<InvalidOperationException>(() => fields.Bool(s_count));
    }

    [Fact]
    public void Should_refuse_a_rule_that_names_a_key_the_shape_lacks() =>
        Assert.Throws<InvalidOperationException>(() => new YamlShape("A test mapping.", [s_title],
            [new YamlKeyRule("title", null, new KeyDemand(["subtitle"], []))]));
}
