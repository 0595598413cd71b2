using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>The real course under course/: it builds cleanly and has the shape the course brief asks for.</summary>
public sealed class CourseContentTests
{
    private static readonly Lazy<Model.Course> s_course = new(LoadCourse);

    private static Model.Course Course => s_course.Value;

    private static Quiz Quiz => Assert.IsType<Quiz>(Course.Quiz);

    [Fact]
    public void Should_build_with_no_errors_and_no_warnings_but_the_pending_reviews()
    {
        // No clinician or editor has reviewed the course yet, and it records no review that did not happen: the
        // build says both are pending. Every reference now has a check date, so none is reported as never checked.
        // The clock is fixed before next_review, so this does not age.
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2026-12-06T12:00:00Z")).Build());

        var result = compiler.Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null));

        Assert.Equal(
            [(DiagnosticCodes.ReviewMissing, "clinical"), (DiagnosticCodes.ReviewMissing, "editorial")],
            result.Diagnostics
                .Select(d => (d.Code, d.Message.Contains("no clinical review", StringComparison.Ordinal) ? "clinical"
                    : d.Message.Contains("no editorial review", StringComparison.Ordinal) ? "editorial" : d.Message)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ReferenceNeverChecked);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Should_warn_a_year_after_the_first_checks_of_the_references()
    {
        // S0 to S4 were checked on 30 November 2026, the others with a date on 6 December 2026.
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2027-12-01T12:00:00Z")).Build());

        var result = compiler.Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null));

        Assert.Equal(["S0", "S1", "S2", "S3", "S4"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ReferenceCheckOld).Select(d => d.Message.Split('\'')[1]));
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
    public void Should_have_a_bank_of_at_least_thirty_questions_of_every_type_passed_at_eighty_percent()
    {
        var quiz = Assert.IsType<Quiz>(Course.Quiz);

        Assert.Equal(80, quiz.PassMark);
        Assert.Equal(80, Course.MasteryScore);
        Assert.True(quiz.Questions.Count >= 30, $"The bank has {quiz.Questions.Count} questions.");
        Assert.Equal(Enum.GetValues<QuestionType>().Order(), quiz.Questions.Select(q => q.Type).Distinct().Order());
    }

    [Fact]
    public void Should_trace_every_question_to_a_session_and_at_least_one_outcome()
    {
        var sessions = Course.Sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var untraced = Quiz.Questions.Where(q => !sessions.Contains(q.Session.Id) || q.Outcomes.Count == 0).Select(q => q.Id);

        Assert.Empty(untraced);
    }

    [Fact]
    public void Should_ask_at_least_three_questions_on_every_learning_outcome()
    {
        var counts = Course.Outcomes.ToDictionary(o => o.Id, o => Quiz.Questions.Count(q => q.Outcomes.Any(r => r.Id == o.Id)));

        var thin = counts.Where(c => c.Value < 3).Select(c => $"{c.Key}: {c.Value}");

        Assert.Equal(8, counts.Count);
        Assert.Empty(thin);
    }

    [Fact]
    public void Should_draw_fifteen_questions_from_pools_that_each_hold_at_least_their_count()
    {
        var draw = Quiz.Draw;

        var tooSmall = draw.Draws
            .Select(d => (d.Pool, d.Count, Size: Quiz.Questions.Count(q => d.Pool is null || draw.PoolOf(q) == d.Pool)))
            .Where(d => d.Size < d.Count).Select(d => $"{d.Pool}: {d.Size} < {d.Count}");

        Assert.Equal(15, Quiz.AskedCount);
        Assert.NotEmpty(draw.Draws);
        Assert.Empty(tooSmall);
    }

    [Fact]
    public void Should_shuffle_the_questions_and_every_question_s_options()
    {
        Assert.True(Quiz.Draw.ShuffleQuestions);
        Assert.All(Quiz.Questions.Where(q => q.Type != QuestionType.TrueFalse), q => Assert.True(Quiz.Draw.ShufflesOptions(q), q.Id));
    }

    [Fact]
    public void Should_not_make_the_answer_the_longest_option_in_half_the_single_choice_questions()
    {
        var singles = Quiz.Questions.Where(q => q.Type == QuestionType.SingleChoice).ToList();

        var longest = singles.Where(q => q.CorrectOptions.Single().Text.Length > q.Options.Where(o => !o.Correct).Max(o => o.Text.Length)).ToList();

        Assert.NotEmpty(singles);
        Assert.True(2 * longest.Count < singles.Count,
            $"The answer is the longest option in {longest.Count} of {singles.Count}: {string.Join(", ", longest.Select(q => q.Id))}");
    }

    [Fact]
    public void Should_not_make_most_options_right_in_every_multiple_response_question()
    {
        var multiples = Quiz.Questions.Where(q => q.Type == QuestionType.MultipleResponse).ToList();

        var fewRight = multiples.Where(q => 2 * q.CorrectOptions.Count() < q.Options.Count).ToList();

        Assert.All(multiples, q => Assert.True(q.Options.Any(o => !o.Correct), $"{q.Id}: every option is right."));
        Assert.True(4 * fewRight.Count >= multiples.Count,
            $"Fewer options are right than wrong in only {fewRight.Count} of {multiples.Count} multiple-response questions.");
    }

    [Fact]
    public void Should_name_the_four_tips_in_q_four_tips_exactly_as_the_summary_does()
    {
        var tips = Quiz.Questions.Single(q => q.Id == "q-four-tips");

        Assert.Equal(["Pause before you post", "Check it first", "Stay professional", "Ask if unsure"], tips.CorrectOptions.Select(o => o.Text));
        Assert.All(new[] { "Pause before you post", "Check it first", "Stay professional", "Ask if unsure" },
            tip => Assert.Contains(tip, tips.WrongFeedback, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_teach_by_practice_in_at_least_three_scenarios() =>
        Assert.True(Course.Parts.OfType<Scenario>().Count() >= 3, $"The course has {Course.Parts.OfType<Scenario>().Count()} scenarios.");

    [Fact]
    public void Should_hold_a_knowledge_check_in_each_of_sessions_one_to_three()
    {
        var withoutCheck = Course.Sessions.Take(3)
            .Where(s => !s.Bodies.SelectMany(b => b.Blocks).OfType<KnowledgeCheck>().Any()).Select(s => s.Id);

        Assert.Equal(4, Course.Sessions.Count());
        Assert.Empty(withoutCheck);
    }

    [Fact]
    public void Should_give_the_reflection_at_least_four_prompts_and_a_three_action_plan()
    {
        var reflection = Assert.IsType<Reflection>(Course.Reflection);

        Assert.True(reflection.Prompts.Count >= 4, $"The reflection has {reflection.Prompts.Count} prompts.");
        Assert.Equal(3, reflection.ActionCount);
    }

    [Fact]
    public void Should_map_the_cpd_record_to_the_five_cpd_standards_and_remind_the_learner_about_confidentiality()
    {
        var record = Assert.Single(Course.Parts.OfType<CpdRecord>());

        Assert.False(record.Required);
        Assert.Equal(5, record.Standards.Count);
        Assert.Contains("service user", record.Reminder, StringComparison.Ordinal);
        var order = Course.Parts.Select(p => p.Kind).ToList();
        Assert.Equal(order.IndexOf("quiz") + 1, order.IndexOf("cpd-record"));
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
        var course = CourseCompiler.Default.Load(RepoPaths.Course, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return course;
    }
}
