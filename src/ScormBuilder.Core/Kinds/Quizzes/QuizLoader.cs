using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Quizzes.ItemWriting;
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
        return fields is null ? null : ReadQuestion(fields, inPart: null);
    }

    /// <summary>
    /// Reads one question's keys. A knowledge check passes the part it sits in, <paramref name="inPart"/>: it then
    /// has no 'session:' or 'outcomes:' key, as it is asked where it is taught and never scored.
    /// </summary>
    internal Question? ReadQuestion(YamlObject fields, Reference? inPart)
    {
        var id = Ids.Read(fields);
        var typeName = fields.Choice(QuizShape.Type);
        var session = inPart?.Id ?? fields.String(QuizShape.Session);
        var outcomes = inPart is null ? fields.StringList(QuizShape.QuestionOutcomes).Select(o => new Reference(o.Value, o.Location)).ToList() : [];
        var text = fields.String(QuizShape.Text);
        // Pools and shuffling are the quiz's: a knowledge check (inPart) is always shown as written.
        var pool = inPart is null ? fields.String(QuizShape.Pool) ?? QuizDraw.DefaultPool : QuizDraw.DefaultPool;
        var shuffleOptions = inPart is null && (fields.Bool(QuizShape.QuestionShuffleOptions) ?? _shuffleOptions);
        var type = Enum.GetValues<QuestionType>().FirstOrDefault(t => Question.NameOf(t) == typeName, QuestionType.MultipleResponse);
        var items = new QuestionItemsReader(fields, diagnostics);
        items.RefuseKeysOfOtherTypes(typeName);
        IReadOnlyList<MatchingPair> pairs = [];
        var pinned = "";
        var options = typeName switch
        {
            "true-false" => ReadTrueFalse(fields),
            "matching" => items.ReadMatching(out pairs),
            "ordering" => items.ReadOrdering(),
            _ => ReadOptions(fields, typeName is not null, out pinned),
        };
        var (correct, wrong) = ReadFeedback(fields);
        var allowance = inPart is null ? LintAllowanceReader.Read(fields, diagnostics) : null;
        fields.ReportUnknownKeys();

        if (id is null || typeName is null || session is null || text is null || options is null || correct is null || wrong is null)
        {
            return null;
        }

        _shuffles[id] = new QuestionShuffle(pool, shuffleOptions, pinned);
        if (allowance is not null)
        {
            _allowances[id] = allowance;
        }

        return new Question(id, type, inPart ?? new Reference(session, fields.LocationOf(QuizShape.Session)), outcomes, text, options,
            correct, wrong, fields.LocationOf("id")) { Pairs = pairs };
    }

    private List<AnswerOption>? ReadTrueFalse(YamlObject fields)
    {
        var answer = fields.Bool(QuizShape.Answer);
        if (answer is null)
        {
            if (fields.Node(QuizShape.Answer) is null)
            {
                diagnostics.Report(ValidationDiagnostics.WrongCorrectAnswerCount, fields.Location,
                    "This true/false question has no correct answer. Add 'answer: true' or 'answer: false'.");
            }

            return null;
        }

        // SCORM 1.2 records true/false responses as 't' and 'f'.
        return
        [
            new AnswerOption('t', "True", answer.Value, fields.LocationOf(QuizShape.Answer)),
            new AnswerOption('f', "False", !answer.Value, fields.LocationOf(QuizShape.Answer)),
        ];
    }

    private List<AnswerOption>? ReadOptions(YamlObject fields, bool typeKnown, out string pinned)
    {
        var options = new List<AnswerOption>();
        pinned = "";
        // Required for the choice types only, which the shape's rules say; an unknown type is reported already.
        foreach (var node in fields.List(QuizShape.Options.Name, required: typeKnown))
        {
            var option = YamlObject.From(node, fields.Location, "an option ('id:', 'text:' and optional 'correct: true')", diagnostics, QuizShape.Option);
            if (option is null)
            {
                continue;
            }

            var id = option.String(QuizShape.OptionId);
            var text = option.String(QuizShape.OptionText);
            var correct = option.Bool(QuizShape.Correct) ?? false;
            var pin = option.Bool(QuizShape.Pin) ?? false;
            option.ReportUnknownKeys();
            id = QuestionItemsReader.CheckOneCharacter(id, "Option", option.LocationOf("id"), diagnostics);
            if (id is not null && text is not null)
            {
                options.Add(new AnswerOption(id[0], text, correct, option.LocationOf("id")));
                pinned += pin ? id : "";
            }
        }

        return options;
    }

    private (string? Correct, string? Wrong) ReadFeedback(YamlObject fields)
    {
        var feedback = fields.Object(QuizShape.QuestionFeedback, "the feedback ('correct:' and 'wrong:')");
        if (feedback is null)
        {
            diagnostics.Report(LoadingDiagnostics.MissingKey, fields.Location,
                "Missing required key 'feedback' with 'correct:' and 'wrong:' lines. Learners need to know why.");
            return (null, null);
        }

        var correct = feedback.String(QuizShape.FeedbackCorrect);
        var wrong = feedback.String(QuizShape.FeedbackWrong);
        feedback.ReportUnknownKeys();
        return (correct, wrong);
    }
}
