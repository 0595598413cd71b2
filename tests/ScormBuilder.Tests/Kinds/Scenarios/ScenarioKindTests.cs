using System.Text.Json;
using Scriban.Runtime;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Markdown;
using ScormBuilder.Tests.Runtime;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Kinds.Scenarios;

/// <summary>scenarios/*.yaml loaded into the model, tracked, budgeted and rendered.</summary>
public sealed class ScenarioKindTests : IDisposable
{
    private readonly TempCourse _course = ScenarioCourse.Create();

    public void Dispose() => _course.Dispose();

    private Scenario Load()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return Assert.Single(course.Parts.OfType<Scenario>());
    }

    [Fact]
    public void Should_load_the_nodes_their_choices_and_endings()
    {
        var scenario = Load();

        Assert.Equal(("sc-call", "A difficult call", true, "n-call"), (scenario.Id, scenario.Title, scenario.Required, scenario.Start.Id));
        Assert.Equal(["n-call", "n-hold", "e-good", "e-poor"], scenario.Nodes.Select(n => n.Id));
        Assert.Equal(["e-good", "n-hold"], scenario.Nodes[0].Choices.Select(c => c.Goto.Id));
        Assert.Equal("You ask for their details.", scenario.Nodes[0].Choices[0].Consequence!.Text);
        Assert.Null(scenario.Nodes[0].Choices[1].Consequence);
        Assert.Equal([true, false], scenario.Endings.Select(e => e.Ending!.Good));
        Assert.Equal(["lo-one"], scenario.Teaches.Select(o => o.Id));
    }

    [Fact]
    public void Should_read_its_markdown_at_the_lines_it_is_written_on()
    {
        var scenario = Load();

        // 'intro: |' is on line 4, so its text starts on line 5; a plain value starts on its own line.
        Assert.Equal(5, scenario.Intro!.FirstLine);
        Assert.Equal(9, scenario.Nodes[0].Text.FirstLine);
        Assert.Equal(27, scenario.Nodes[2].Ending!.Debrief.FirstLine);
        var link = Assert.Single(scenario.Bodies.SelectMany(b => b.Links));
        Assert.Equal(("sessions/01-intro.md", 28), (link.Target, link.Location.Line));
    }

    [Fact]
    public void Should_track_every_node_by_scenario_and_node_id()
    {
        var scenario = Load();

        Assert.Equal(["node sc-call/n-call", "node sc-call/n-hold", "node sc-call/e-good", "node sc-call/e-poor"],
            scenario.TrackedIds.Select(t => t.ToString()));
    }

    [Fact]
    public void Should_budget_the_node_the_path_of_twelve_steps_and_every_ending()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics)!;

        var size = CourseCompiler.Default.SavedStateWorstCase(course);

        // ";s:" + "sc-call" + "=" + node + "/" + 12 nodes joined by '.' + "/" + 2 endings joined by '.'
        Assert.Equal(3 + 7 + 1 + 6 + 1 + ((12 * 6) + 11) + 1 + ((2 * 6) + 1), size.Of("s"));
        var longest = RuntimeModules.SavedState(_course.CourseDirectory).Evaluate("worstCase()").ToString();
        Assert.Equal(longest.Length, size.Total);
    }

    [Fact]
    public void Should_render_each_choice_as_a_button_and_each_node_hidden_until_the_runtime_shows_it()
    {
        var result = CourseCompiler.Default.Run(new BuildOptions(_course.CourseDirectory, RepoPaths.Templates, _course.OutputDirectory));

        Assert.True(result.Summary?.PackagePath is not null, string.Join('\n', result.Diagnostics));
        var page = ScormPackage.Open(result.Summary!.PackagePath!).Text("index.html");
        Assert.Contains("<button type=\"button\" class=\"sb-button sb-scenario-choice\" data-choice=\"1\" data-goto=\"n-hold\">Put them on hold</button>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"sb-scenario-node sb-ending-good\" data-node=\"e-good\" hidden>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>test results</strong>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#s-intro\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_each_nodes_ending_alike_in_its_template_values_and_the_runtimes_data()
    {
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, new DiagnosticBag())!;
        var kind = new ScenarioKind();

        var values = kind.Model(Load(), new RenderContext(course, new CourseMarkdown(course.OwnerIdsBySourcePath)));
        using var data = JsonDocument.Parse(CourseData.ToJson(course, [kind], []));

        var inTemplate = ((ScriptArray)values["nodes"]!).Cast<ScriptObject>().Select(n => (string?)n["ending"]);
        var inData = data.RootElement.GetProperty("scenarios")[0].GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("ending").GetString());
        Assert.Equal([null, null, "good", "bad"], inTemplate);
        Assert.Equal(inTemplate, inData);
    }
}
