using ScormBuilder.Diagnostics;
using ScormBuilder.Releases;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Releases;

/// <summary>
/// The comparison the review pack will mark changed text with (ReleaseComparison), through its public API: a
/// package built by 'build' against the same course compiled in memory, then against edits of it.
/// </summary>
public sealed class ReleaseComparisonTests
{
    [Fact]
    public void Should_find_no_change_between_a_built_package_and_its_unedited_course()
    {
        // Given a package built from a course (minified, zipped) / When the same course is compiled in memory
        using var course = Built(out var zip);

        // Then both read the same: like is compared with like
        Assert.Empty(Compare(course, zip).Changes);
    }

    [Fact]
    public void Should_name_the_part_and_kind_of_each_changed_block()
    {
        using var course = Built(out var zip);
        course.Replace("sessions/01-intro.md", "Posts are public.", "Posts are public.\n\nA brand new paragraph about screenshots appears here.");
        course.Replace("scenarios/reply.yaml", "text: You want to help without discussing their care in public.",
            "text: You want to help, but not by discussing their care where others can read it.");
        course.Replace("reflection.md", "text: Who sees your posts?", "text: Who can see your posts?");

        var changes = Compare(course, zip).Changes;

        Assert.Contains(changes, c => (c.PartId, c.Block, c.Change, c.After) ==
            ("s-intro", BlockKind.Text, ChangeKind.Added, "A brand new paragraph about screenshots appears here."));
        Assert.Contains(changes, c => (c.PartId, c.Block, c.Change, c.Id) == ("sc-reply", BlockKind.ScenarioNode, ChangeKind.Reworded, "n-think"));
        Assert.Contains(changes, c => (c.PartId, c.Block, c.Change) == ("reflection", BlockKind.Prompt, ChangeKind.Reworded));
        Assert.DoesNotContain(changes, c => c.Change == ChangeKind.Removed);
    }

    [Fact]
    public void Should_report_a_removed_node_and_the_changed_choices_that_led_to_it()
    {
        using var course = Built(out var zip);
        course.Replace("scenarios/reply.yaml", "goto: e-blurred", "goto: e-public");
        var scenario = course.Read("scenarios/reply.yaml");
        var node = scenario.IndexOf("  - id: e-blurred", StringComparison.Ordinal);
        course.Write("scenarios/reply.yaml", scenario[..node] + scenario[scenario.IndexOf("  - id: e-public", StringComparison.Ordinal)..]);

        var changes = Compare(course, zip).Changes;

        var removed = Assert.Single(changes, c => c.Change == ChangeKind.Removed);
        Assert.Equal(("sc-reply", BlockKind.ScenarioNode, "e-blurred"), (removed.PartId, removed.Block, removed.Id));
        Assert.Contains("starts the scenario again from its first node", removed.ForLearners, StringComparison.Ordinal);
        Assert.Contains(changes, c => (c.Id, c.Change, c.After) == ("n-think", ChangeKind.KeyChanged, "choices: e-private, e-public"));
    }

    [Fact]
    public void Should_say_which_ticks_a_reworded_question_drops()
    {
        using var course = Built(out var zip);
        course.Replace("quiz.yaml", "      - { id: c, text: Arguments }\n", "");

        var change = Assert.Single(Compare(course, zip).Changes);

        Assert.Equal(("q-multi", ChangeKind.Reworded), (change.Id, change.Change));
        Assert.Contains("Ticks on the options removed (c) are dropped.", change.ForLearners, StringComparison.Ordinal);
    }

    private static TempCourse Built(out string zip)
    {
        var course = TempCourse.CopyOf(RepoPaths.DrawnCourse);
        Assert.Equal(0, CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates).ExitCode);
        zip = Directory.GetFiles(course.OutputDirectory, "*.zip").Single();
        return course;
    }

    private static ReleaseComparison Compare(TempCourse course, string zip)
    {
        var diagnostics = new DiagnosticBag();
        using var package = CourseCompiler.Default.Compile(course.CourseDirectory, RepoPaths.Templates, diagnostics);
        Assert.True(package is not null, string.Join('\n', diagnostics.ToSortedList()));
        var comparison = ReleaseComparison.Between(zip, ReleaseComparison.Read(package.Site), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return comparison!;
    }
}
