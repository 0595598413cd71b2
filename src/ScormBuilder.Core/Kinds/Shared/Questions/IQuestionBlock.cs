namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>A block in a body that asks one question (a knowledge check), as other kinds may see it.</summary>
public interface IQuestionBlock
{
    Question Question { get; }
}
