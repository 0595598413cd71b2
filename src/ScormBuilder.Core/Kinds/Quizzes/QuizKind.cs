using Scriban.Runtime;
using System.Text.Json;
using ScormBuilder.Kinds.Quizzes.ItemWriting;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>quiz.yaml: the scored questions, their answers and feedback, and the pass mark.</summary>
internal sealed class QuizKind : ICompilerExtension, IPartLoader, IPartRenderer, ISavedStateContributor
{
    public const string Name = "quiz";

    public string SourcePattern => "quiz.yaml";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.Rules.Add(new QuizRules());
        builder.Rules.Add(new ItemWritingRules());
        builder.Rules.Add(new CoverageRules());
        builder.SavedState.Add(this);
        builder.Renderers.Add(this);
        builder.TrackedKinds.AddRange(["question", "option"]);
        builder.ShapedFiles.Add(new ShapedFile(Name, SourcePattern, QuizShape.File));
    }

    public bool Claims(string path) => path == SourcePattern;

    public Part? Load(PartSource source, LoadContext context) =>
        new QuizLoader(source.DisplayPath, context.Diagnostics).Load(source.Text, source.Path);

    // The quiz's attempts and score ('q'), its draw ('b') and, when it keeps them, the answers in progress ('a'):
    // only a drawn question has an answer, so the worst case is the draw with the longest answers.
    public SavedStateItems? ItemsOf(string each, Course course)
    {
        const string advice = "The quiz's answers take most of it: set 'save_answers: false' in quiz.yaml to keep scores and attempts but not answers in progress, or use fewer questions.";
        var quiz = course.Quiz;
        var owner = quiz?.IdLocation ?? course.Location;
        return each switch
        {
            "quiz" => new(quiz is null ? [] : [new SavedStateItem(quiz.Id)], "quiz", owner, advice),
            "question" => new(quiz is { SaveAnswers: true }
                ? [.. LargestDraw(quiz).Select(q => new SavedStateItem(q.Id, Options: q.LongestAnswer))]
                : [], "quiz", owner, advice),
            "draw" => new(quiz is null ? [] : [new SavedStateItem(quiz.Id, RefsLength: LongestDrawnIds(quiz))], "quiz", owner, advice),
            _ => null,
        };
    }

    // Each draw takes the questions that would save the most; pools do not overlap, and a draw of all takes from all.
    private static IEnumerable<Question> LargestDraw(Quiz quiz) =>
        quiz.Draw.Draws.Count == 0
            ? quiz.Questions
            : quiz.Draw.Draws.SelectMany(d => quiz.Questions.Where(q => d.Pool is null || quiz.Draw.PoolOf(q) == d.Pool)
                .OrderByDescending(q => q.Id.Length + q.LongestAnswer).Take(d.Count)).DistinctBy(q => q.Id);

    // The ids of the draw with the longest ids, joined by '.'; none are saved when all are asked in the author's order.
    private static int LongestDrawnIds(Quiz quiz)
    {
        var ids = quiz.Draw.Draws.Count == 0
            ? quiz.Draw.ShuffleQuestions ? quiz.Questions : []
            : quiz.Draw.Draws.SelectMany(d => quiz.Questions.Where(q => d.Pool is null || quiz.Draw.PoolOf(q) == d.Pool)
                .OrderByDescending(q => q.Id.Length).Take(d.Count)).DistinctBy(q => q.Id);
        return string.Join('.', ids.Select(q => q.Id)).Length;
    }

    public ScriptObject Model(Part part, RenderContext context)
    {
        var quiz = (Quiz)part;
        return new QuizValues
        {
            Id = quiz.Id,
            Title = quiz.Title,
            Introduction = TemplateValues.Optional(quiz.Introduction),
            PassMark = quiz.PassMark,
            Asked = quiz.AskedCount,
            Questions = [.. quiz.Questions.Select((question, index) => QuestionModel.Of(question, index + 1, context.Course))],
        }.ToScriptObject();
    }

    public void WriteData(Utf8JsonWriter json, Course course)
    {
        if (course.Quiz is not { } quiz)
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
        WriteDraw(json, quiz);
        WriteCover(json, course, quiz);
        json.WriteEndObject();
    }

    // What every attempt must cover, as the lists of questions that meet each requirement (draw.js needs no names).
    private static void WriteCover(Utf8JsonWriter json, Course course, Quiz quiz)
    {
        var requirements = CoverageProof.RequirementsOf(course, quiz);
        if (requirements.Count == 0 || quiz.Draw.Draws.Count == 0)
        {
            return;
        }

        json.WriteStartArray("cover");
        foreach (var requirement in requirements)
        {
            json.WriteStartArray();
            requirement.QuestionIds.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    // Only what differs from the runtime's defaults (no draw, no question shuffle, pool "all", options shuffled,
    // nothing pinned), so a quiz without a bank describes itself as before. A null pool draws from every question.
    private static void WriteDraw(Utf8JsonWriter json, Quiz quiz)
    {
        if (quiz.Draw.Draws.Count > 0)
        {
            json.WriteStartArray("draw");
            foreach (var draw in quiz.Draw.Draws)
            {
                json.WriteStartObject();
                json.WriteString("pool", draw.Pool);
                json.WriteNumber("count", draw.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (quiz.Draw.ShuffleQuestions)
        {
            json.WriteBoolean("shuffleQuestions", true);
        }

        var special = quiz.Questions.Where(q => quiz.Draw.PoolOf(q) != QuizDraw.DefaultPool || quiz.Draw.PinnedOf(q).Length > 0
            || (q.Type != QuestionType.TrueFalse && !quiz.Draw.ShufflesOptions(q))).ToList();
        if (special.Count == 0)
        {
            return;
        }

        json.WriteStartObject("bank");
        foreach (var question in special)
        {
            json.WriteStartObject(question.Id);
            json.WriteString("pool", quiz.Draw.PoolOf(question));
            json.WriteBoolean("shuffle", quiz.Draw.ShufflesOptions(question));
            json.WriteString("pinned", quiz.Draw.PinnedOf(question));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
