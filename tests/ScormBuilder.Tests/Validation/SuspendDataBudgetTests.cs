using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Tests.Runtime;
using ScormBuilder.Tests.Support;
using ScormBuilder.Validation;

namespace ScormBuilder.Tests.Validation;

/// <summary>
/// Given a course, the build knows the longest cmi.suspend_data its learners can produce, and says so when it
/// passes half (warning) or all (error) of the 4,096 characters SCORM 1.2 guarantees. The browser tests prove
/// the runtime never writes more (Scenarios/SuspendDataBudgetScenario.cs); here the runtime's own encoder, run
/// through Jint on each course with every field at its longest, must produce exactly the budget.
/// </summary>
public sealed class SuspendDataBudgetTests
{
    [Fact]
    public void Should_equal_the_longest_string_the_documented_format_allows()
    {
        var course = Load(RepoPaths.MinimalCourse);

        var size = CourseCompiler.Default.SavedStateWorstCase(course);

        Assert.Equal(LongestSuspendData(RepoPaths.MinimalCourse).Length, size.Total);
    }

    [Fact]
    public void Should_equal_the_longest_string_for_a_course_that_draws_and_has_scenarios_and_checks()
    {
        var course = Load(RepoPaths.DrawnCourse);

        Assert.Equal(LongestSuspendData(RepoPaths.DrawnCourse).Length, CourseCompiler.Default.SavedStateWorstCase(course).Total);
    }

    [Fact]
    public void Should_check_against_the_limit_the_runtime_writes_up_to() =>
        Assert.Equal(4096, SavedStateFormat.Current.Limit);

    [Fact]
    public void Should_count_every_selected_option_of_a_multiple_response_question_and_one_of_the_others()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var before = CourseCompiler.Default.SavedStateWorstCase(Load(course.CourseDirectory));
        course.Replace("quiz.yaml", "      - { id: c, text: Arguments }", "      - { id: c, text: Arguments }\n      - { id: d, text: Likes }");
        course.Replace("quiz.yaml", "      - { id: b, text: Think, correct: true }", "      - { id: b, text: Think, correct: true }\n      - { id: c, text: Wait }");

        var after = CourseCompiler.Default.SavedStateWorstCase(Load(course.CourseDirectory));

        Assert.Equal(before.Of("a") + 1, after.Of("a"));
        Assert.Equal(LongestSuspendData(course.CourseDirectory).Length, after.Total);
    }

    [Fact]
    public void Should_count_two_characters_per_matching_pair_and_one_per_ordering_item()
    {
        using var course = QuestionCourse.Create();
        var before = CourseCompiler.Default.SavedStateWorstCase(Load(RepoPaths.MinimalCourse));

        var after = CourseCompiler.Default.SavedStateWorstCase(Load(course.CourseDirectory));

        Assert.Equal(before.Of("a") + ",q-match=1a2b".Length + ",q-order=abc".Length, after.Of("a"));
        Assert.Equal(LongestSuspendData(course.CourseDirectory).Length, after.Total);
    }

    [Theory]
    [InlineData("draw: 1", ";a:q-multi=abc", ";b:quiz=9999/q-single")]
    [InlineData("draw: { per_pool: 1 }", ";a:q-tf=t,q-multi=abc", ";b:quiz=9999/q-tf.q-single")]
    public void Should_count_the_answers_of_the_largest_draw_and_the_longest_drawn_ids(string draw, string answers, string seed)
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("quiz.yaml", "pass_mark: 75\n", $"pass_mark: 75\n{draw}\n");
        course.Replace("quiz.yaml", "    type: true-false\n", "    type: true-false\n    pool: first\n");

        var size = CourseCompiler.Default.SavedStateWorstCase(Load(course.CourseDirectory));

        Assert.Equal((answers.Length, seed.Length), (size.Of("a"), size.Of("b")));
        Assert.Equal(LongestSuspendData(course.CourseDirectory).Length, size.Total);
    }

    [Fact]
    public void Should_leave_out_answers_when_the_quiz_does_not_save_them()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("quiz.yaml", "pass_mark: 75\n", "pass_mark: 75\nsave_answers: false\n");
        var loaded = Load(course.CourseDirectory);

        var size = CourseCompiler.Default.SavedStateWorstCase(loaded);

        Assert.Equal(0, size.Of("a"));
        Assert.Equal(LongestSuspendData(course.CourseDirectory).Length, size.Total);
    }

    [Fact]
    public void Should_suggest_not_saving_answers_when_a_large_quiz_overflows_the_budget()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var extra = string.Concat(Enumerable.Range(1, 400).Select(i =>
            $"  - id: q-extra-{i}\n    type: true-false\n    session: s-intro\n    text: Statement {i}.\n    answer: true\n    feedback: {{ correct: Yes., wrong: No. }}\n"));
        File.AppendAllText(course.PathOf("quiz.yaml"), extra);
        var diagnostics = Check(course.CourseDirectory);

        var error = Assert.Single(diagnostics, d => d.Code is DiagnosticCodes.SuspendDataTooLarge or DiagnosticCodes.SuspendDataLarge);
        Assert.Equal(DiagnosticCodes.SuspendDataTooLarge, error.Code);
        Assert.Contains("save_answers: false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_out_the_sections_a_course_does_not_have()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("course.yaml", "  - reflection.md\n  - quiz.yaml\n", "");
        course.Replace("course.yaml", "mastery_score: 75\n", "");
        File.Delete(course.PathOf("reflection.md"));
        File.Delete(course.PathOf("quiz.yaml"));

        var size = CourseCompiler.Default.SavedStateWorstCase(Load(course.CourseDirectory));

        Assert.Equal((0, 0, 0, 0), (size.Of("q"), size.Of("a"), size.Of("r"), size.Of("p")));
        Assert.Equal("sb1;v:welcome,s-intro,cs-alex,s-summary,cpd-record,references;d:20261231".Length, size.Total);
    }

    [Fact]
    public void Should_say_nothing_while_under_ninety_percent_of_the_budget()
    {
        var diagnostics = Check(RepoPaths.MinimalCourse);

        Assert.DoesNotContain(diagnostics, d => d.Code is DiagnosticCodes.SuspendDataLarge or DiagnosticCodes.SuspendDataTooLarge);
    }

    [Fact]
    public void Should_warn_at_the_reflection_past_ninety_percent_of_the_budget_and_still_build()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("reflection.md", "    max_length: 200", "    max_length: 2000");
        course.Replace("reflection.md", "actions: 2", "actions: 3\naction_max_length: 400");
        var size = CourseCompiler.Default.SavedStateWorstCase(Load(course.CourseDirectory)).Total;

        var diagnostics = Check(course.CourseDirectory);

        Assert.InRange(size, SuspendDataBudget.WarningThreshold + 1, SuspendDataBudget.Limit);
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.SuspendDataLarge);
        Assert.False(warning.IsError);
        Assert.Equal(("reflection.md", 2), (Path.GetFileName(warning.Location.Path), warning.Location.Line));
        Assert.Contains($"can reach {size:N0} characters", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Should_fail_past_the_budget()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("reflection.md", "    max_length: 200", "    max_length: 2000");
        course.Replace("reflection.md", "    text: What will you change?", "    text: What will you change?\n    max_length: 2000");

        var diagnostics = Check(course.CourseDirectory);

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.SuspendDataTooLarge);
        Assert.True(error.IsError);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.SuspendDataLarge);
    }

    [Fact]
    public void Should_count_the_sections_a_kind_brings_of_its_own_after_the_formats()
    {
        var course = Load(RepoPaths.MinimalCourse);
        var before = CourseCompiler.Default.SavedStateWorstCase(course);
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().Use(new WidgetKind()).Build());

        var after = compiler.SavedStateWorstCase(course);

        // ";z:" then "w1,w22".
        Assert.Equal(9, after.Of("z"));
        Assert.Equal(before.Total + 9, after.Total);
        Assert.Equal("z", after.Sections[^1].Tag);
    }

    // A kind saved-state.json does not describe: one section of its own, its items two ids.
    private sealed class WidgetKind : ICompilerExtension, ISavedStateContributor
    {
        public IReadOnlyList<SavedStateSection> OwnSections { get; } = [new("z", "widget", null, [new("id", "widget", null)])];

        public void Setup(CompilerPipelineBuilder builder) => builder.SavedState.Add(this);

        public SavedStateItems? ItemsOf(string each, Model.Course course) =>
            each == "widget" ? new([new SavedStateItem("w1"), new SavedStateItem("w22")], "widgets", course.Location, "Use fewer widgets.") : null;
    }

    // The real encoder of templates/runtime/saved-state.js, run on the course as built, every field at its longest.
    private static string LongestSuspendData(string courseDirectory) =>
        RuntimeModules.SavedState(courseDirectory).Evaluate("worstCase()").ToString();

    private static Model.Course Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(directory, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return course;
    }

    private static IReadOnlyList<Diagnostic> Check(string directory) =>
        CourseCompiler.Default.Run(new BuildOptions(directory, RepoPaths.Templates, OutputDirectory: null)).Diagnostics;
}
