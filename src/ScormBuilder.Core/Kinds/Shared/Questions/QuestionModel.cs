using System.Text.Json;
using Scriban.Runtime;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>
/// A question as its template partial and the learner runtime see it, apart from the quiz, so that any part that
/// asks a question renders and describes it the same way.
/// </summary>
internal static class QuestionModel
{
    public static ScriptObject Of(Question question, int number, string sessionTitle)
    {
        var options = question.Type == QuestionType.Ordering ? ScrambledOrder.Of(question.Id, question.Options) : question.Options;
        return new ScriptObject
        {
            ["id"] = question.Id,
            ["number"] = number,
            ["text"] = question.Text,
            ["type"] = question.TypeName,
            ["multiple"] = question.Type == QuestionType.MultipleResponse,
            ["input_type"] = question.Type == QuestionType.MultipleResponse ? "checkbox" : "radio",
            ["options"] = TemplateValues.List(options, o => new ScriptObject
            {
                ["id"] = o.Id.ToString(), ["text"] = o.Text, ["input_id"] = $"{question.Id}-{o.Id}",
            }),
            ["pairs"] = TemplateValues.List(question.Pairs, p => new ScriptObject
            {
                ["id"] = p.Id.ToString(), ["item"] = p.Item, ["input_id"] = $"{question.Id}-{p.Id}",
            }),
            ["correct_feedback"] = question.CorrectFeedback,
            ["wrong_feedback"] = question.WrongFeedback,
            ["session"] = new ScriptObject { ["id"] = question.Session.Id, ["title"] = sessionTitle },
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
