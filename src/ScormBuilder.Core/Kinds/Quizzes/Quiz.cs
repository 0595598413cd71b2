using ScormBuilder.Diagnostics;
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

    public override IEnumerable<(string Id, SourceLocation Location)> Ids => [.. base.Ids, .. Questions.Select(q => (q.Id, q.Location))];

    public override IEnumerable<TrackedId> TrackedIds =>
        Questions.SelectMany(q => q.Options.Select(o => new TrackedId("option", $"{q.Id}/{o.Id}")).Prepend(new TrackedId("question", q.Id)));

    public override IEnumerable<Reference> Assesses => Questions.SelectMany(q => q.Outcomes);

    public override bool IsAssessment => true;
}

public enum QuestionType
{
    TrueFalse,
    SingleChoice,
    MultipleResponse,
}

public sealed record Question(
    string Id,
    QuestionType Type,
    Reference Session,
    IReadOnlyList<Reference> Outcomes,
    string Text,
    IReadOnlyList<AnswerOption> Options,
    string CorrectFeedback,
    string WrongFeedback,
    SourceLocation Location)
{
    public IEnumerable<AnswerOption> CorrectOptions => Options.Where(o => o.Correct);

    /// <summary>The type's name in quiz.yaml, the templates and the runtime's data.</summary>
    public string TypeName => Type switch
    {
        QuestionType.TrueFalse => "true-false",
        QuestionType.SingleChoice => "single-choice",
        _ => "multiple-response",
    };
}

/// <summary>A quiz option. Its one-character id is what SCORM 1.2 records as the learner's response.</summary>
public sealed record AnswerOption(char Id, string Text, bool Correct, SourceLocation Location);

/// <summary>The quiz of a course: the loader accepts one quiz.yaml, so it is there once or not at all.</summary>
public static class CourseQuiz
{
    extension(Course course)
    {
        public Quiz? Quiz => course.Parts.OfType<Quiz>().FirstOrDefault();
    }
}
