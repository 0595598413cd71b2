using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Checks;

/// <summary>
/// A knowledge check: one question asked where it is taught (a <c>```check</c> block in a Markdown body), answered
/// for feedback only. It never changes the score, the status or what the LMS is told; its answer is saved.
/// </summary>
public sealed record KnowledgeCheck(Question Question, int Line, SourceLocation Location) : BodyBlock(Question.Id, Line, Location), IQuestionBlock
{
    public override string Kind => CheckKind.Name;

    // Tracked as the question it is (its id is unique among the quiz's too), so tracking.lock catches a renamed
    // check or option as it does the quiz's.
    public override IEnumerable<TrackedId> TrackedIds => Question.TrackedIds;
}
