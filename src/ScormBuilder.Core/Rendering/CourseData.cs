using System.Text.Json;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// The JSON the learner runtime reads from the page: the parts in order, the quiz's answers and the tracking
/// rules. Written by hand with Utf8JsonWriter: no reflection at start-up, and the same bytes every build.
/// </summary>
internal static class CourseData
{
    public static string ToJson(Course course)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", course.Id);
            json.WriteString("version", course.Version);
            json.WriteString("title", course.Title);
            json.WriteString("failedQuizStatus", course.Completion.FailedQuizStatus == FailedQuizStatus.Failed ? "failed" : "incomplete");
            json.WriteStartArray("parts");
            foreach (var part in course.Parts)
            {
                json.WriteStartObject();
                json.WriteString("id", part.Id);
                json.WriteString("kind", part.Kind);
                json.WriteString("title", part.Title);
                json.WriteBoolean("required", part.Required);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (course.Quiz is { } quiz)
            {
                WriteQuiz(json, quiz);
            }

            if (course.Reflection is { } reflection)
            {
                WriteReflection(json, reflection);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteQuiz(Utf8JsonWriter json, Quiz quiz)
    {
        json.WriteStartObject("quiz");
        json.WriteString("id", quiz.Id);
        json.WriteNumber("passMark", quiz.PassMark);
        json.WriteBoolean("saveAnswers", quiz.SaveAnswers);
        json.WriteStartArray("questions");
        foreach (var question in quiz.Questions)
        {
            json.WriteStartObject();
            json.WriteString("id", question.Id);
            json.WriteString("type", TypeName(question.Type));
            json.WriteString("options", string.Concat(question.Options.Select(o => o.Id)));
            json.WriteString("correct", string.Concat(question.CorrectOptions.Select(o => o.Id)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReflection(Utf8JsonWriter json, Reflection reflection)
    {
        json.WriteStartObject("reflection");
        json.WriteString("id", reflection.Id);
        json.WriteStartArray("prompts");
        foreach (var prompt in reflection.Prompts)
        {
            json.WriteStartObject();
            json.WriteString("id", prompt.Id);
            json.WriteString("text", prompt.Text);
            json.WriteNumber("maxLength", prompt.MaxLength);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("actions", reflection.ActionCount);
        json.WriteNumber("actionMaxLength", reflection.ActionMaxLength);
        json.WriteEndObject();
    }

    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.TrueFalse => "true-false",
        QuestionType.SingleChoice => "single-choice",
        _ => "multiple-response",
    };
}
