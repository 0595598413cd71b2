using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Kinds.Quizzes.ItemWriting;

/// <summary>
/// The minimal course with a quiz the item-writing checks find nothing in: three questions per outcome, keys shorter
/// than a distractor, fewer right options than wrong, neutral true/false wording. Each test breaks it one way.
/// </summary>
internal sealed class LintCourse : IDisposable
{
    public const string Quiz = """
        id: quiz
        title: Quiz
        pass_mark: 75
        questions:
          - id: q-ask
            type: single-choice
            session: s-intro
            outcomes: [lo-one]
            text: A colleague wants a photo of the team for the trust's page. What comes first?
            options:
              - { id: a, text: Ask everyone in it, correct: true }
              - { id: b, text: Post it and take it down if someone objects }
              - { id: c, text: Blur the faces of anyone who looks unsure }
            feedback: { correct: Yes., wrong: Ask first. }
          - id: q-settings
            type: single-choice
            session: s-intro
            outcomes: [lo-one]
            text: You open a new account. Which step protects your privacy best?
            options:
              - { id: a, text: Keep the app's default audience for every post }
              - { id: b, text: Review who sees each post, correct: true }
              - { id: c, text: Use a nickname as your display name }
            feedback: { correct: Yes., wrong: Review the audience. }
          - id: q-benefits
            type: multiple-response
            session: s-intro
            outcomes: [lo-one]
            text: Which are benefits the course names? Choose all that apply.
            options:
              - { id: a, text: Networking, correct: true }
              - { id: b, text: Learning, correct: true }
              - { id: c, text: Arguments }
              - { id: d, text: Gossip }
              - { id: e, text: Selling }
            feedback: { correct: Yes., wrong: Networking and learning. }
          - id: q-shares
            type: true-false
            session: s-summary
            outcomes: [lo-two]
            text: A post set to Friends is seen by friends of friends when a friend shares it.
            answer: true
            feedback: { correct: Right., wrong: Shares widen the audience. }
          - id: q-first
            type: single-choice
            session: s-summary
            outcomes: [lo-two]
            text: You are angry about a decision at work. What do you do before posting?
            options:
              - { id: a, text: Write it and post it at once while it is fresh }
              - { id: b, text: Wait a day, correct: true }
              - { id: c, text: Post it under a name nobody at work knows }
            feedback: { correct: Yes., wrong: Wait. }
          - id: q-risks
            type: multiple-response
            session: s-summary
            outcomes: [lo-two]
            text: Which of these can identify a service user? Choose all that apply.
            options:
              - { id: a, text: A ward name, correct: true }
              - { id: b, text: A distinctive tattoo, correct: true }
              - { id: c, text: The weather }
              - { id: d, text: A stock photo }
              - { id: e, text: A national statistic }
            feedback: { correct: Yes., wrong: Ward names and tattoos can. }
        """;

    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

    public LintCourse() => _course.Write("quiz.yaml", Quiz);

    public string Directory => _course.CourseDirectory;

    public void Replace(string oldText, string newText, string file = "quiz.yaml") => _course.Replace(file, oldText, newText);

    /// <summary>The item-writing findings and any error, as "CODE@line", from a check with --lint (and --strict when asked).</summary>
    public IReadOnlyList<Diagnostic> Check(bool lint = true, bool strict = false) =>
        [.. CourseCompiler.Default.Run(new BuildOptions(Directory, RepoPaths.Templates, null, Strict: strict, Lint: lint)).Diagnostics
            .Where(d => d.IsError || d.Code.CompareTo("SB2050") >= 0 && d.Code.CompareTo("SB2059") <= 0)];

    public IReadOnlyList<string> Findings(bool lint = true, bool strict = false) =>
        [.. Check(lint, strict).Select(d => $"{d.Code}@{d.Location.Line}")];

    /// <summary>The line of question <paramref name="id"/> in the quiz as it now reads.</summary>
    public int LineOf(string id, string file = "quiz.yaml") =>
        Array.FindIndex(_course.Read(file).Split('\n'), l => l.Contains($"id: {id}", StringComparison.Ordinal)) + 1;

    public void Dispose() => _course.Dispose();
}
