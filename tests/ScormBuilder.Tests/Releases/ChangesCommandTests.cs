using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Releases;

/// <summary>
/// 'scormbuilder changes' as L&amp;D run it: the previous release is the package 'build' wrote from the unedited
/// course, then the course is edited as a release would edit it (a paragraph reworded, a key changed, a question
/// removed, a scenario added) and the command runs as a real process. The reports are golden files.
/// </summary>
public sealed class ChangesCommandTests(ChangesCommandTests.EditedRelease release) : IClassFixture<ChangesCommandTests.EditedRelease>
{
    [Fact]
    public void Should_report_the_edits_as_markdown()
    {
        // Given a previous package and the edited course / When changes runs
        var run = CliRunner.AsProcess(release.Course.Root, "changes", "course", "--since", release.Previous, "--templates", RepoPaths.Templates);

        // Then it lists each edit with what it means for learners
        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        GoldenFile.Match("changes/edits.md", run.Stdout);
    }

    [Fact]
    public void Should_write_the_edits_as_json_to_a_file()
    {
        var run = CliRunner.AsProcess(release.Course.Root, "changes", "course", "--since", release.Previous, "--format", "json", "-o", "changes.json",
            "--templates", RepoPaths.Templates);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal("Wrote changes.json.\n", run.Stdout.ReplaceLineEndings("\n"));
        GoldenFile.Match("changes/edits.json", File.ReadAllText(Path.Combine(release.Course.Root, "changes.json")));
    }

    [Fact]
    public void Should_give_the_same_report_every_time()
    {
        var first = CliRunner.InProcess("changes", release.Course.CourseDirectory, "--since", release.PreviousPath, "--format", "json", "--templates", RepoPaths.Templates);
        var second = CliRunner.InProcess("changes", release.Course.CourseDirectory, "--since", release.PreviousPath, "--format", "json", "--templates", RepoPaths.Templates);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("\"key-changed\"", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    /// <summary>The drawn fixture built as the previous release, then edited.</summary>
    public sealed class EditedRelease : IDisposable
    {
        public EditedRelease()
        {
            Course = TempCourse.CopyOf(RepoPaths.DrawnCourse);
            var built = CliRunner.AsProcess(Course.Root, "build", "course", "-o", "previous", "--templates", RepoPaths.Templates);
            Assert.True(built.ExitCode == 0, built.Output);
            Course.Replace("sessions/01-intro.md", "Networking helps. See", "Networking with peers helps you learn. See");
            Course.Replace("quiz.yaml", "      - { id: a, text: Post }\n      - { id: b, text: Think, correct: true }",
                "      - { id: a, text: Post, correct: true }\n      - { id: b, text: Think }");
            var quiz = Course.Read("quiz.yaml");
            var removed = quiz.IndexOf("  - id: q-settings", StringComparison.Ordinal);
            Course.Write("quiz.yaml", quiz[..removed] + quiz[quiz.IndexOf("  - id: q-first", StringComparison.Ordinal)..]);
            Course.Replace("course.yaml", "  - scenarios/reply.yaml\n", "  - scenarios/reply.yaml\n  - scenarios/share.yaml\n");
            Course.Write("scenarios/share.yaml", NewScenario);
        }

        internal TempCourse Course { get; }

        public string Previous => "previous/drawn-course-0.1.0-scorm12.zip";

        public string PreviousPath => Path.Combine(Course.Root, Previous);

        public void Dispose() => Course.Dispose();

        private const string NewScenario = """
            id: sc-share
            title: "Practice: a photo to share"
            required: true
            intro: |
              A colleague sends you a photo from the ward and asks you to share it.
            start: n-photo
            nodes:
              - id: n-photo
                text: A whiteboard with names can be seen behind your colleague.
                choices:
                  - text: Share it as it is
                    goto: e-shared
                  - text: Say no and explain why
                    goto: e-declined
              - id: e-shared
                ending: bad
                text: Service users' names are now online.
                debrief: Check every photo for names before it goes anywhere.
              - id: e-declined
                ending: good
                text: The photo stays off social media.
                debrief: Saying no protects confidentiality.

            """;
    }
}
