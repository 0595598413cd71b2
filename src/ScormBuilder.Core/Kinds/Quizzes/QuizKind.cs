using Scriban.Runtime;
using System.Text.Json;
using ScormBuilder.Kinds.Sessions;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>quiz.yaml: the scored questions, their answers and feedback, and the pass mark.</summary>
internal sealed class QuizKind : IPartKind, IPartLoader, IPartRenderer, ISavedStateContributor
{
    public const string Name = "quiz";

    public string SourcePattern => "quiz.yaml";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.Rules.Add(new QuizRules());
        builder.SavedState.Add(this);
        builder.Renderers.Add(this);
        builder.TrackedKinds.AddRange(["question", "option"]);
    }

    public bool Claims(string path) => path == SourcePattern;

    public Part? Load(PartSource source, LoadContext context) =>
        new QuizLoader(source.DisplayPath, context.Diagnostics).Load(source.Text, source.Path);

    // The quiz's attempts and score ('q') and, when it keeps them, the answers in progress ('a').
    public SavedStateItems? ItemsOf(string each, Course course)
    {
        const string advice = "The quiz's answers take most of it: set 'save_answers: false' in quiz.yaml to keep scores and attempts but not answers in progress, or use fewer questions.";
        var quiz = course.Quiz;
        var owner = quiz?.IdLocation ?? course.Location;
        return each switch
        {
            "quiz" => new(quiz is null ? [] : [new SavedStateItem(quiz.Id)], "quiz", owner, advice),
            "question" => new(quiz is { SaveAnswers: true }
                ? [.. quiz.Questions.Select(q => new SavedStateItem(q.Id, Options: q.LongestAnswer))]
                : [], "quiz", owner, advice),
            _ => null,
        };
    }

    public ScriptObject Model(Part part, RenderContext context)
    {
        var quiz = (Quiz)part;
        var sessions = context.Course.Sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return new ScriptObject
        {
            ["id"] = quiz.Id,
            ["title"] = quiz.Title,
            ["introduction"] = TemplateValues.Text(quiz.Introduction),
            ["pass_mark"] = quiz.PassMark,
            ["questions"] = TemplateValues.List(quiz.Questions.Select((q, i) => (Question: q, Number: i + 1)),
                item => QuestionModel.Of(item.Question, item.Number, sessions[item.Question.Session.Id].Title)),
        };
    }

    public void WriteData(Utf8JsonWriter json, Course course)
    {
        if (course.Parts.OfType<Quiz>().FirstOrDefault() is not { } quiz)
        {
            return;
        }

        json.WriteStartObject("quiz");
        json.WriteString("id", quiz.Id);
        json.WriteNumber("passMark", quiz.PassMark);
        json.WriteBoolean("saveAnswers", quiz.SaveAnswers);
        json.WriteStartArray("questions");
        foreach (var question in quiz.Questions)
        {
            QuestionModel.WriteData(json, question);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
