using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Model;
using ScormBuilder.Tests.Runtime;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Kinds.Checks;

/// <summary>
/// Knowledge checks (CheckKind): read from a body by the quiz's question reader, tracked, counted in the saved-state
/// budget exactly as the runtime writes them, saved and restored by saved-state.js, and dropped when gone.
/// </summary>
public sealed class CheckKindTests : IDisposable
{
    private const string Choice = """
        ```check
        id: c-posts
        type: multiple-response
        text: Which are public?
        options:
          - { id: a, text: Posts, correct: true }
          - { id: b, text: Messages }
          - { id: c, text: Profiles, correct: true }
        feedback:
          correct: Yes.
          wrong: Posts and profiles are.
        ```
        """;

    private const string Ordering = """
        ```check
        id: c-steps
        type: ordering
        text: Put these in order.
        items:
          - { id: a, text: Think }
          - { id: b, text: Write }
          - { id: c, text: Post }
        feedback:
          correct: Yes.
          wrong: Think, write, then post.
        ```
        """;

    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

    public CheckKindTests()
    {
        _course.Replace("sessions/01-intro.md", "Posts are public.", "Posts are public.\n\n" + Choice + "\n\n" + Ordering + "\n\nPosts are public.");
    }

    public void Dispose() => _course.Dispose();

    [Fact]
    public void Should_read_each_check_with_the_quiz_question_reader_at_its_line()
    {
        var course = Load(_course.CourseDirectory);

        var checks = course.Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Blocks).OfType<KnowledgeCheck>().ToList();
        Assert.Equal(["c-posts", "c-steps"], checks.Select(c => c.Id));
        Assert.Equal(QuestionType.MultipleResponse, checks[0].Question.Type);
        Assert.Equal("ac", checks[0].Question.CorrectAnswer);
        Assert.Equal("s-intro", checks[0].Question.Session.Id);
        var line = Array.FindIndex(_course.Read("sessions/01-intro.md").Split('\n'), l => l == "id: c-posts") + 1;
        Assert.Equal(line, checks[0].Location.Line);
    }

    [Fact]
    public void Should_track_each_check_and_its_options_after_everything_else()
    {
        var course = Load(_course.CourseDirectory);

        var tracked = TrackedIds.Of(course, CompilerPipeline.Default.KindOrder).Select(t => t.ToString()).ToList();

        Assert.Equal(["question c-posts", "option c-posts/a", "option c-posts/b", "option c-posts/c", "question c-steps", "option c-steps/a", "option c-steps/b", "option c-steps/c"],
            tracked.TakeLast(8));
    }

    [Fact]
    public void Should_count_every_check_in_the_budget_exactly_as_the_runtime_writes_it()
    {
        var size = CourseCompiler.Default.SavedStateWorstCase(Load(_course.CourseDirectory));
        var longest = RuntimeModules.SavedState(_course.CourseDirectory).Evaluate("worstCase()").ToString();

        Assert.Equal(";k:c-posts=cabc,c-steps=cabc".Length, size.Of("k"));
        Assert.Contains(";k:c-posts=cabc,c-steps=cabc;", longest + ";", StringComparison.Ordinal);
        Assert.Equal(longest.Length, size.Total);
    }

    [Fact]
    public void Should_save_and_restore_the_answer_and_whether_it_was_checked()
    {
        var js = RuntimeModules.SavedState(_course.CourseDirectory);

        var result = js.Evaluate("""
            (() => {
              const state = store.blank(course);
              state.checks.set('c-posts', { answer: 'ab', checked: true });
              state.checks.set('c-steps', { answer: 'cba', checked: false });
              const text = store.encode(state, course);
              const again = store.blank(course);
              store.restore(again, store.decode(text), course);
              return [text, JSON.stringify([...again.checks])].join('|');
            })()
            """).ToString();

        Assert.Equal("sb1;k:c-posts=cab,c-steps=acba|[[\"c-posts\",{\"answer\":\"ab\",\"checked\":true}],[\"c-steps\",{\"answer\":\"cba\",\"checked\":false}]]", result);
    }

    [Fact]
    public void Should_drop_a_check_that_is_gone_and_ask_again_for_one_whose_answer_changed()
    {
        var js = RuntimeModules.SavedState(_course.CourseDirectory);

        var result = js.Evaluate("""
            (() => {
              const again = store.blank(course);
              store.restore(again, store.decode('sb1;k:c-gone=ca,c-posts=cabz,c-steps=ccab'), course);
              return JSON.stringify([...again.checks]);
            })()
            """).ToString();

        Assert.Equal("[[\"c-posts\",{\"answer\":\"ab\",\"checked\":false}],[\"c-steps\",{\"answer\":\"cab\",\"checked\":true}]]", result);
    }

    [Fact]
    public void Should_refuse_a_check_whose_id_the_quiz_already_uses()
    {
        _course.Replace("sessions/01-intro.md", "id: c-posts", "id: q-tf");

        var diagnostics = CourseCompiler.Default.Run(new BuildOptions(_course.CourseDirectory, RepoPaths.Templates, OutputDirectory: null)).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DuplicateId && d.Message.Contains("q-tf", StringComparison.Ordinal));
    }

    private static Model.Course Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(directory, diagnostics);
        Assert.True(course is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return course!;
    }
}
