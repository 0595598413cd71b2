using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Quizzes.ItemWriting;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>Reads quiz.yaml: the pass mark and each question with its options, answer and feedback.</summary>
internal sealed class QuizLoader(string displayPath, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, QuestionShuffle> _shuffles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LintAllowance> _allowances = new(StringComparer.Ordinal);
    private bool _shuffleOptions = true;

    public Quiz? Load(string text, string path)
    {
        var fields = YamlObject.Parse(text, displayPath, firstLine: 1, "the quiz", diagnostics, QuizShape.File);
        if (fields is null)
        {
            return null;
        }

        var id = Ids.Read(fields);
        var title = fields.String(QuizShape.Title);
        var introduction = fields.String(QuizShape.Introduction);
        var required = fields.Bool(QuizShape.Required) ?? true;
        var passMark = fields.Int(QuizShape.PassMark);
        var saveAnswers = fields.Bool(QuizShape.SaveAnswers) ?? true;
        _shuffleOptions = fields.Bool(QuizShape.ShuffleOptions) ?? true;
        var shuffleQuestions = fields.Bool(QuizShape.ShuffleQuestions);
        var questions = new List<Question>();
        foreach (var node in fields.List(QuizShape.Questions))
        {
            if (ReadQuestion(node, fields.Location) is { } question)
            {
                questions.Add(question);
            }
        }

        var pools = questions.Select(q => _shuffles[q.Id].Pool).Distinct(StringComparer.Ordinal).ToList();
        var draws = DrawReader.Read(fields, pools, diagnostics, out var cover);
        fields.ReportUnknownKeys();
        var draw = new QuizDraw(draws, shuffleQuestions ?? draws.Count > 0, _shuffles) { Cover = cover };
        return id is null || title is null || passMark is null
            ? null
            : new Quiz(id, title, required, path, fields.LocationOf("id"), introduction, passMark.Value, saveAnswers, questions)
            {
                Draw = draw,
                Allowances = _allowances,
            };
    }

    private Question? ReadQuestion(YamlNode node, SourceLocation parent)
    {
        var fields = YamlObject.From(node, parent, "a question", diagnostics, QuizShape.QuizQuestion);
        if (fields is null)
        {
            return null;
        }

        var session = fields.String(QuizShape.Session);
        var outcomes = fields.StringList(QuizShape.QuestionOutcomes).Select(o => new Reference(o.Value, o.Location)).ToList();
        var pool = fields.String(QuizShape.Pool) ?? QuizDraw.DefaultPool;
        var shuffleOptions = fields.Bool(QuizShape.QuestionShuffleOptions) ?? _shuffleOptions;
        var allowance = LintAllowanceReader.Read(fields, diagnostics);
        var question = new QuestionReader(diagnostics).Read(fields,
            session is null ? null : new Reference(session, fields.LocationOf(QuizShape.Session)), outcomes, out var pinned);
        if (question is not null)
        {
            _shuffles[question.Id] = new QuestionShuffle(pool, shuffleOptions, pinned);
            if (allowance is not null)
            {
                _allowances[question.Id] = allowance;
            }
        }

        return question;
    }
}
