using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Quizzes.ItemWriting;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>The assessment: questions that count towards the score the LMS records, and a pass mark.</summary>
public sealed record Quiz(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    string? Introduction,
    int PassMark,
    bool SaveAnswers,
    IReadOnlyList<Question> Questions)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => QuizKind.Name;

    /// <summary>What each attempt draws from the questions and what it shuffles; by default every question, options shuffled.</summary>
    public QuizDraw Draw { get; init; } = QuizDraw.None;

    /// <summary>The item-writing checks each question may fail ('lint:'), by question id.</summary>
    public IReadOnlyDictionary<string, LintAllowance> Allowances { get; init; } = new Dictionary<string, LintAllowance>();

    /// <summary>How many questions one attempt asks: the sum of the draws, or every question when nothing is drawn.</summary>
    public int AskedCount => Draw.Draws.Count == 0 ? Questions.Count : Draw.Draws.Sum(d => d.Count);

    public override IEnumerable<(string Id, SourceLocation Location)> Ids => [.. base.Ids, .. Questions.Select(q => (q.Id, q.Location))];

    public override IEnumerable<TrackedId> TrackedIds => Questions.SelectMany(q => q.TrackedIds);

    public override IEnumerable<Reference> Assesses => Questions.SelectMany(q => q.Outcomes);

    public override bool IsAssessment => true;
}

/// <summary>The quiz of a course: the loader accepts one quiz.yaml, so it is there once or not at all.</summary>
public static class CourseQuiz
{
    extension(Course course)
    {
        public Quiz? Quiz => course.Parts.OfType<Quiz>().FirstOrDefault();
    }
}
