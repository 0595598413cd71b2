using ScormBuilder.Kinds.Quizzes.ItemWriting;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>
/// The keys of quiz.yaml and those a question of the quiz has beside <see cref="QuestionShape.AnyQuestion"/>'s, which
/// <see cref="QuizLoader"/> reads and the quiz schema describes.
/// </summary>
internal static class QuizShape
{
    /// <summary>The most questions a draw can name.</summary>
    public const int MaxDraw = 9999;

    public static readonly YamlKey Session = new("session", new TextValue(Ids.Pattern), "The id of the session that teaches this.", Required: true);

    public static readonly YamlKey QuestionOutcomes = new("outcomes", new ListValue(new TextValue(Ids.Pattern)), "The ids of the outcomes it assesses.");

    public static readonly YamlKey Pool = new("pool", new TextValue(), "The pool it is drawn from; without one it is in the pool 'all'.");

    public static readonly YamlKey QuestionShuffleOptions = new("shuffle_options", new FlagValue(), "false shows this question's options in the order written.");

    /// <summary>A question of the quiz: it names what teaches it, and may be drawn from a pool.</summary>
    public static readonly YamlShape QuizQuestion = QuestionShape.AnyQuestion.With("A question of the quiz.", Session, QuestionOutcomes, Pool, QuestionShuffleOptions,
        LintAllowanceReader.Key);

    public static readonly WholeNumberValue DrawCount = new(0, MaxDraw);

    public static readonly YamlKey PerPool = new("per_pool", DrawCount, "How many questions each attempt draws from every pool.", Required: true);

    public static readonly YamlShape DrawPerPool = new("The same number from every pool.", [PerPool]);

    public static readonly YamlKey DrawPool = new("pool", new TextValue(), "The pool.", Required: true);

    public static readonly YamlKey DrawPoolCount = new("count", DrawCount, "How many questions each attempt draws from it.", Required: true);

    public static readonly YamlShape OnePoolDraw = new("A number of questions from one pool.", [DrawPool, DrawPoolCount]);

    public static readonly YamlKey Draw = new("draw", new AnyOfValue([DrawCount, new MappingValue(DrawPerPool), new ListValue(new MappingValue(OnePoolDraw)),
            new MappingValue(CoverageDrawReader.Shape)]),
        "What each attempt asks: a number from all the questions, '{ per_pool: n }', a list of '{ pool: name, count: n }', or '{ cover: outcomes, pools: [...] }' to ask on every outcome in every attempt. Without it every question is asked.");

    public static readonly YamlKey Id = PartFields.IdKey("The quiz's id.");

    public static readonly YamlKey Title = PartFields.TitleKey("The quiz's title.");

    public static readonly YamlKey Introduction = new("introduction", new TextValue(), "Shown above the questions.");

    public static readonly YamlKey Required = PartFields.RequiredKey("false leaves the quiz out of completion (default true).");

    public static readonly YamlKey PassMark = new("pass_mark", new WholeNumberValue(0, 100), "The pass mark, in percent of the questions asked.", Required: true);

    public static readonly YamlKey SaveAnswers = new("save_answers", new FlagValue(),
        "false keeps scores and attempts but not answers in progress, for banks too large for SCORM 1.2's saved state.");

    public static readonly YamlKey ShuffleOptions = new("shuffle_options", new FlagValue(), "false shows every question's options in the order written (default true).");

    public static readonly YamlKey ShuffleQuestions = new("shuffle_questions", new FlagValue(), "Whether each attempt shows the questions in its own order (default: true when the quiz draws).");

    public static readonly YamlKey Questions = new("questions", new ListValue(new MappingValue(QuizQuestion)), "The questions.", Required: true);

    public static readonly YamlShape File = new("A ScormBuilder quiz: quiz.yaml.",
        [Id, Title, Introduction, Required, PassMark, SaveAnswers, ShuffleOptions, ShuffleQuestions, Draw, Questions]);
}
