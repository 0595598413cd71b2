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

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
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
        var hashes = SourceRuns.LoadHashes();

        var shared = SourceRuns.FindIn(RepoPaths.Course, hashes);

        Assert.True(hashes.Count > 1000, $"{SourceRuns.HashFile} holds only {hashes.Count} hashes: regenerate it with make-source-hashes.py.");
        Assert.True(shared.Count == 0, "Runs of ten words shared with the sources (write them afresh):\n" + string.Join('\n', shared));
    }

    [Fact]
    public void Should_find_a_run_of_the_course_when_its_hash_is_a_source_run()
    {
        // Given a hash set that holds one run of ten words from a session, as if a source had it
        var session = Path.Combine(RepoPaths.Course, "sessions", "01-opportunities.md");
        var run = SourceRuns.Words(File.ReadAllText(session)).Skip(20).Take(SourceRuns.Length).ToList();
        var hashes = new HashSet<string>(SourceRuns.LoadHashes(), StringComparer.Ordinal) { SourceRuns.Hash(run) };

        // When the course is checked against it
        var shared = SourceRuns.FindIn(RepoPaths.Course, hashes);

        // Then that run is reported, in the session it came from
        Assert.Contains(new SharedRun(Path.Combine("sessions", "01-opportunities.md"), string.Join(' ', run)), shared);
    }

    [Fact]
    public void Should_normalise_words_as_the_originality_tool_does() =>
        // Expected from ../shared/tools/originality's words() on the same text.
        Assert.Equal(["don't", "post", "kathy's", "case", "on", "social", "media", "2024", "it's", "o'brien", "s"],
            SourceRuns.Words("<p class=\"x\">Don’t</p> post [Kathy’s case](../case-studies/kathy.md) on **Social-Media**, 2024!\nIt's  O'Brien's"));

    [Fact]
    public void Should_hash_a_run_as_the_hash_script_does() =>
        // Expected from make-source-hashes.py's run_hash() on the same words.
        Assert.Equal("92632e6f05f3fd97", SourceRuns.Hash(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]));

    private static Model.Course LoadCourse()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Load(RepoPaths.Course, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return course;
    }
}
