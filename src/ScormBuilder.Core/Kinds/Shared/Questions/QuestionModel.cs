using System.Text.Json;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>
/// A question as its template partial and the learner runtime see it, apart from the quiz, so that any part that
/// asks a question renders and describes it the same way.
/// </summary>
internal static class QuestionModel
{
    /// <summary>
    /// The question's values, numbered (0 for a knowledge check); its feedback's part to review is found here
    /// alike for the quiz and a check: the part whose id the question's session names.
    /// </summary>
    public static QuestionValues Of(Question question, int number, Course course)
    {
        var options = question.Type == QuestionType.Ordering ? ScrambledOrder.Of(question.Id, question.Options) : question.Options;
        return new QuestionValues
        {
            Id = question.Id,
            Number = number,
            Text = question.Text,
            Type = question.TypeName,
            Multiple = question.Type == QuestionType.MultipleResponse,
            InputType = question.Type == QuestionType.MultipleResponse ? "checkbox" : "radio",
            Options = [.. options.Select(o => new QuestionOptionValues { Id = o.Id.ToString(), Text = o.Text, InputId = $"{question.Id}-{o.Id}" })],
            Pairs = [.. question.Pairs.Select(p => new QuestionPairValues { Id = p.Id.ToString(), Item = p.Item, InputId = $"{question.Id}-{p.Id}" })],
            CorrectFeedback = question.CorrectFeedback,
            WrongFeedback = question.WrongFeedback,
            // A knowledge check (number 0) sits in the part its feedback would send the learner back to.
            Review = number > 0,
            Session = new QuestionSessionValues
            {
                Id = question.Session.Id, Title = course.Parts.FirstOrDefault(p => p.Id == question.Session.Id)?.Title ?? "",
            },
        };
    }

    // options: what the learner picks from (or the items in the correct order); correct: the answer as the runtime
    // keeps answers; items: a matching question's items; start: the order an ordering question shows at first.
    public static void WriteData(Utf8JsonWriter json, Question question)
    {
        json.WriteStartObject();
        json.WriteString("id", question.Id);
        json.WriteString("type", question.TypeName);
        json.WriteString("options", string.Concat(question.Options.Select(o => o.Id)));
        json.WriteString("correct", question.CorrectAnswer);
        if (question.Type == QuestionType.Matching)
        {
            json.WriteString("items", string.Concat(question.Pairs.Select(p => p.Id)));
        }
        else if (question.Type == QuestionType.Ordering)
        {
            json.WriteString("start", string.Concat(ScrambledOrder.Of(question.Id, question.Options).Select(o => o.Id)));
        }

        json.WriteEndObject();
    }
}
