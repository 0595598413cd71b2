using System.Diagnostics;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Course;

/// <summary>The real course under course/: it builds cleanly and has the shape the course brief asks for.</summary>
public sealed class CourseContentTests
{
    private static readonly Lazy<Model.Course> s_course = new(LoadCourse);

    private static Model.Course Course => s_course.Value;

    [Fact]
    public void Should_build_with_no_errors_and_no_warnings()
    {
        var result = new CourseCompiler().Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null));

        // Except SB2011: seven 250-character prompts and three actions put saved progress past half of suspend_data
        // by design (Validation/SuspendDataBudgetTests.cs).
        var unexpected = result.Diagnostics.Where(d => d.Code != DiagnosticCodes.SuspendDataLarge).ToList();
        Assert.True(unexpected.Count == 0, string.Join('\n', unexpected));
    }

    [Fact]
    public void Should_have_four_sessions_and_the_five_hcpc_case_studies()
    {
        Assert.Equal(4, Course.Sessions.Count());
        Assert.Equal(["cs-desmond", "cs-dipak", "cs-farah", "cs-kathy", "cs-simon"], Course.Parts.OfType<CaseStudy>().Select(c => c.Id).Order());
        Assert.All(Course.Parts.OfType<CaseStudy>(), c => Assert.Contains("HCPC", c.Credit ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_show_the_summary_transcript_in_session_four() =>
        Assert.NotNull(Course.Sessions.Last().Transcript);

    [Fact]
    public void Should_have_a_quiz_of_at_least_twelve_mixed_questions_passed_at_eighty_percent()
    {
        var quiz = Assert.IsType<Quiz>(Course.Quiz);
        Assert.Equal(80, quiz.PassMark);
        Assert.Equal(80, Course.MasteryScore);
        Assert.True(quiz.Questions.Count >= 12, $"The quiz has {quiz.Questions.Count} questions.");
        Assert.Equal(3, quiz.Questions.Select(q => q.Type).Distinct().Count());
    }

    [Fact]
    public void Should_start_with_welcome_and_end_with_optional_references()
    {
        Assert.Equal("welcome", Course.Parts[0].Id);
        var references = Course.Parts[^1];
        Assert.Equal("references", references.Id);
        Assert.False(references.Required);
    }

    [Fact]
    public void Should_share_no_run_of_ten_words_with_the_sources()
    {
        var tool = Path.Combine(RepoPaths.Root, "..", "shared", "tools", "originality");
        Assert.True(File.Exists(tool), $"The originality tool is missing at {tool}: check out shared/ beside the repository.");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add(RepoPaths.Course);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 is not installed: apt-get install -y python3");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output);
        Assert.Contains(" 0 shared runs", output, StringComparison.Ordinal);
    }

    private static Model.Course LoadCourse()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Load(RepoPaths.Course, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return course;
    }
}
