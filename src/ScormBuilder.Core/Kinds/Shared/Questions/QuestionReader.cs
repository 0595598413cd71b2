using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>
/// Reads the keys of a question wherever it is asked: its id, type, text, what the learner picks from and its
/// feedback. The part that asks it reads its own keys first (the quiz's session, outcomes and pool).
/// </summary>
internal sealed class QuestionReader(DiagnosticBag diagnostics)
{
    /// <summary>
    /// Reads the question and reports the keys nobody read. <paramref name="session"/> is the part that teaches it,
    /// null when that is missing; <paramref name="pinned"/> the ids of the options kept in their place.
    /// </summary>
    public Question? Read(YamlObject fields, Reference? session, IReadOnlyList<Reference> outcomes, out string pinned)
    {
        var id = Ids.Read(fields);
        var typeName = fields.Choice(QuestionShape.Type);
        var text = fields.String(QuestionShape.Text);
        var type = Enum.GetValues<QuestionType>().FirstOrDefault(t => Question.NameOf(t) == typeName, QuestionType.MultipleResponse);
        var items = new QuestionItemsReader(fields, diagnostics);
        items.RefuseKeysOfOtherTypes(typeName);
        IReadOnlyList<MatchingPair> pairs = [];
        pinned = "";
        var options = typeName switch
        {
            "true-false" => ReadTrueFalse(fields),
            "matching" => items.ReadMatching(out pairs),
            "ordering" => items.ReadOrdering(),
            _ => ReadOptions(fields, typeName is not null, out pinned),
        };
        var (correct, wrong) = ReadFeedback(fields);
        fields.ReportUnknownKeys();

        return id is null || typeName is null || session is null || text is null || options is null || correct is null || wrong is null
            ? null
            : new Question(id, type, session, outcomes, text, options, correct, wrong, fields.LocationOf("id")) { Pairs = pairs };
    }

    private List<AnswerOption>? ReadTrueFalse(YamlObject fields)
    {
        var answer = fields.Bool(QuestionShape.Answer);
        if (answer is null)
        {
            if (fields.Node(QuestionShape.Answer) is null)
            {
                diagnostics.Report(ValidationDiagnostics.WrongCorrectAnswerCount, fields.Location,
                    "This true/false question has no correct answer. Add 'answer: true' or 'answer: false'.");
            }

            return null;
        }

        // SCORM 1.2 records true/false responses as 't' and 'f'.
        return
        [
            new AnswerOption('t', "True", answer.Value, fields.LocationOf(QuestionShape.Answer)),
            new AnswerOption('f', "False", !answer.Value, fields.LocationOf(QuestionShape.Answer)),
        ];
    }

    private List<AnswerOption>? ReadOptions(YamlObject fields, bool typeKnown, out string pinned)
    {
        var options = new List<AnswerOption>();
        pinned = "";
        // Required for the choice types only, which the shape's rules say; an unknown type is reported already.
        foreach (var node in fields.List(QuestionShape.Options.Name, required: typeKnown))
        {
            var option = YamlObject.From(node, fields.Location, "an option ('id:', 'text:' and optional 'correct: true')", diagnostics, QuestionShape.Option);
            if (option is null)
            {
                continue;
            }

            var id = option.String(QuestionShape.OptionId);
            var text = option.String(QuestionShape.OptionText);
            var correct = option.Bool(QuestionShape.Correct) ?? false;
            var pin = option.Bool(QuestionShape.Pin) ?? false;
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
        var feedback = fields.Object(QuestionShape.QuestionFeedback, "the feedback ('correct:' and 'wrong:')");
        if (feedback is null)
        {
            diagnostics.Report(LoadingDiagnostics.MissingKey, fields.Location,
                "Missing required key 'feedback' with 'correct:' and 'wrong:' lines. Learners need to know why.");
            return (null, null);
        }

        var correct = feedback.String(QuestionShape.FeedbackCorrect);
        var wrong = feedback.String(QuestionShape.FeedbackWrong);
        feedback.ReportUnknownKeys();
        return (correct, wrong);
    }
}
