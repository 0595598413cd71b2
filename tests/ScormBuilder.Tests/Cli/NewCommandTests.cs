using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.References;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>'scormbuilder new': the sample course a new author starts from, run as a real process.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sb-new-").FullName;

    [Fact]
    public void Should_scaffold_a_course_that_checks_as_it_is_saying_its_review_is_pending()
    {
        var created = CliRunner.AsProcess(_root, "new", "my-course");

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Contains("scormbuilder preview my-course", created.Stdout, StringComparison.Ordinal);
        var check = CliRunner.AsProcess(_root, "check", "my-course");
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Matches(@"^Checked: 8 pages, \d+ files, [\d,]+ bytes, \d+ ms, \d+ warnings?\.\n$", check.Stdout);
        Assert.Contains("course.yaml(49,20): warning SB2061: Version 0.1.0 has no editorial review yet: it is pending.", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_scaffold_a_course_whose_only_warning_on_the_day_of_its_checks_is_the_pending_review()
    {
        // The sample records no review that did not happen, and its references were checked on 2026-12-06: on a
        // clock fixed at that day, the pending editorial review is all the build has to say, and --strict refuses it.
        Assert.Equal(0, CliRunner.AsProcess(_root, "new", "my-course").ExitCode);
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2026-12-06T12:00:00Z")).Build());

        var result = compiler.Run(new BuildOptions(Path.Combine(_root, "my-course"), RepoPaths.Templates, OutputDirectory: null));
        var strict = compiler.Run(new BuildOptions(Path.Combine(_root, "my-course"), RepoPaths.Templates, OutputDirectory: null, Strict: true));

        var pending = Assert.Single(result.Diagnostics);
        Assert.Equal(ScormBuilder.Diagnostics.DiagnosticCodes.ReviewMissing, pending.Code);
        Assert.Contains("no editorial review", pending.Message, StringComparison.Ordinal);
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public void Should_scaffold_the_review_record_checked_references_a_covering_draw_and_an_allowed_lint_check()
    {
        Assert.Equal(0, CliRunner.AsProcess(_root, "new", "my-course").ExitCode);

        var course = CourseCompiler.Default.Load(Path.Combine(_root, "my-course"), new ScormBuilder.Diagnostics.DiagnosticBag());

        Assert.NotNull(course);
        Assert.Equal(("Your team", "editorial", 0, new DateOnly(2027, 12, 6)),
            (course.ReviewRecord.Owner, string.Join(',', course.ReviewRecord.RequiredReviews.Select(r => r.Role)), course.ReviewRecord.Reviews.Count, course.ReviewRecord.NextReview));
        var references = Assert.Single(course.Parts.OfType<ReferenceList>());
        Assert.All(references.All, r => Assert.NotNull(r.Checked));
        Assert.Equal(["commonmark", "scorm12", "authoring"], references.All.Select(r => r.Id));
        var quiz = Assert.IsType<Quiz>(course.Quiz);
        Assert.True(quiz.Draw.Cover is { Outcomes: true });
        Assert.Equal(["SB2051"], quiz.Allowances["q-case-study-folder"].Codes);
        Assert.False(string.IsNullOrWhiteSpace(quiz.Allowances["q-case-study-folder"].Because));
    }

    [Fact]
    public void Should_scaffold_one_part_of_each_kind_and_a_quiz_with_every_question_type()
    {
        Assert.Equal(0, CliRunner.AsProcess(_root, "new", "my-course").ExitCode);

        var diagnostics = new ScormBuilder.Diagnostics.DiagnosticBag();
        var course = CourseCompiler.Default.Load(Path.Combine(_root, "my-course"), diagnostics);

        Assert.NotNull(course);
        Assert.Equal(["page", "session", "case-study", "session", "scenario", "reflection", "quiz", "references"], course.Parts.Select(p => p.Kind));
        Assert.Contains(course.Sessions, s => s.Transcript is not null);
        Assert.Equal(Enum.GetValues<QuestionType>(), course.Quiz!.Questions.Select(q => q.Type).Distinct().Order());
        Assert.Equal(Enum.GetValues<QuestionType>().Length, course.Quiz!.Questions.Count);
    }

    [Fact]
    public void Should_build_the_scaffold_into_a_zip()
    {
        Assert.Equal(0, CliRunner.AsProcess(_root, "new", "my-course").ExitCode);

        var build = CliRunner.AsProcess(_root, "build", "my-course");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(_root, "dist", "my-first-course-0.1.0-scorm12.zip")), build.Output);
    }

    [Fact]
    public void Should_refuse_a_folder_that_is_not_empty_and_leave_it_as_it_was()
    {
        var existing = Path.Combine(_root, "my-course");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "notes.md"), "My own notes.");

        var run = CliRunner.AsProcess(_root, "new", "my-course");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'my-course' is not empty", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.md"], Directory.GetFileSystemEntries(existing).Select(Path.GetFileName));
        Assert.Equal("My own notes.", File.ReadAllText(Path.Combine(existing, "notes.md")));
    }

    [Fact]
    public void Should_write_into_an_empty_folder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty"));

        var run = CliRunner.AsProcess(_root, "new", "empty");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(File.Exists(Path.Combine(_root, "empty", "course.yaml")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Should_refuse_an_empty_name_and_write_nothing_into_the_current_folder(string name)
    {
        File.WriteAllText(Path.Combine(_root, "notes.md"), "My own notes.");

        var run = CliRunner.AsProcess(_root, "new", name);

        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Contains("given as an empty name", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.md"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_ask_for_a_folder_name() =>
        Assert.Equal(2, CliRunner.AsProcess(_root, "new").ExitCode);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it for the OS to clean: a test must not fail because cleanup did.
        }
    }
}
