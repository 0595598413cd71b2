using System.Xml.Linq;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.ReviewPack;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.ReviewPack;

/// <summary>The scenario graph of the drawn course's scenario: its layered layout, and the SVG drawn from it.</summary>
public sealed class ScenarioGraphTests : IDisposable
{
    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.DrawnCourse);

    [Fact]
    public void Should_put_each_node_on_the_row_of_its_shortest_path_from_the_start_in_the_order_choices_reach_it()
    {
        var layout = ScenarioGraph.Layout(Scenario());

        Assert.Equal((0, 0), layout["n-comment"]);
        Assert.Equal((1, 0), layout["e-public"]);
        Assert.Equal((1, 1), layout["n-think"]);
        Assert.Equal((2, 0), layout["e-private"]);
        Assert.Equal((2, 1), layout["e-blurred"]);
    }

    [Fact]
    public void Should_draw_a_box_per_node_an_arrow_per_choice_and_mark_good_and_poor_endings()
    {
        var svg = XElement.Parse(ScenarioGraph.Draw(Scenario()).ToString());
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(5, svg.Descendants(ns + "rect").Count());
        Assert.Equal(4, svg.Descendants(ns + "path").Count(p => (string?)p.Attribute("class") == "edge"));
        var kinds = svg.Descendants(ns + "g").ToDictionary(g => g.Elements(ns + "text").First().Value, g => (string)g.Attribute("class")!);
        Assert.Equal("node good", kinds["e-private"]);
        Assert.Equal("node poor", kinds["e-blurred"]);
        Assert.Equal("node decision", kinds["n-think"]);
        Assert.Equal("img", (string?)svg.Attribute("role"));
    }

    [Fact]
    public void Should_draw_a_node_no_path_reaches_on_a_row_below_the_rest()
    {
        // Given a node that no choice leads to (the build warns of it, and the reviewer should see it)
        _course.Replace("scenarios/reply.yaml", "goto: e-blurred", "goto: e-private");

        var layout = ScenarioGraph.Layout(Scenario());

        Assert.Equal((3, 0), layout["e-blurred"]);
    }

    private Scenario Scenario()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics);
        return course!.Parts.OfType<Scenario>().Single();
    }

    public void Dispose() => _course.Dispose();
}
