using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

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
    public override string Kind => "quiz";
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
}

/// <summary>A quiz option. Its one-character id is what SCORM 1.2 records as the learner's response.</summary>
public sealed record AnswerOption(char Id, string Text, bool Correct, SourceLocation Location);
