using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>Reads what a matching or ordering question is made of, and refuses keys that belong to another type.</summary>
internal sealed class QuestionItemsReader(YamlObject fields, DiagnosticBag diagnostics)
{
    // The keys only some types have, and what each type has instead of another type's key.
    private static readonly (string Key, string[] Types)[] s_keys =
    [
        ("answer", ["true-false"]),
        ("options", ["single-choice", "multiple-response"]),
        ("pairs", ["matching"]),
        ("targets", ["matching"]),
        ("items", ["ordering"]),
    ];

    private static string Instead(string? typeName) => typeName switch
    {
        "true-false" => "A true-false question has 'answer: true' or 'answer: false'.",
        "matching" => "A matching question has 'pairs:' (each item with its 'target:') and 'targets:'.",
        "ordering" => "An ordering question lists its 'items:' in the correct order.",
        _ => "Mark the right options with 'correct: true' instead.",
    };

    /// <summary>
    /// The id of an option, item or target: one character, a–z or 0–9, or null (reported) when it is not.
    /// </summary>
    public static string? CheckOneCharacter(string? id, string what, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (id is null || (id.Length == 1 && (char.IsAsciiLetterLower(id[0]) || char.IsAsciiDigit(id[0]))))
        {
            return id;
        }

        diagnostics.Error(DiagnosticCodes.InvalidId, location,
            $"{what} id '{DiagnosticText.Quote(id)}' must be one character, a–z or 0–9: SCORM 1.2 records each choice as one character.");
        return null;
    }

    public void RefuseKeysOfOtherTypes(string? typeName)
    {
        foreach (var (key, types) in s_keys)
        {
            // An unknown type is already reported; only 'answer' is refused with it, as it always was.
            var refused = typeName is null ? key == "answer" : !types.Contains(typeName);
            if (fields.Node(key) is not null && refused)
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, fields.LocationOf(key),
                    $"'{key}' is only for {string.Join(" and ", types)} questions. {Instead(typeName)}");
            }
        }
    }

    /// <summary>The targets of a matching question as its options, and its items with the target of each.</summary>
    public List<AnswerOption> ReadMatching(out IReadOnlyList<MatchingPair> pairs)
    {
        var read = new List<MatchingPair>();
        foreach (var node in fields.List("pairs", required: true))
        {
            var pair = YamlObject.From(node, fields.Location, "a pair ('id:', 'item:' and 'target:')", diagnostics);
            if (pair is null)
            {
                continue;
            }

            var id = CheckOneCharacter(pair.String("id", required: true), "Item", pair.LocationOf("id"), diagnostics);
            var item = pair.String("item", required: true);
            var target = pair.String("target");
            pair.ReportUnknownKeys();
            if (target is null && pair.Node("target") is null)
            {
                diagnostics.Error(DiagnosticCodes.PairWithoutTarget, pair.Location,
                    $"Item '{id ?? "?"}' has no target. Add 'target:' with the id of the target it belongs with.");
            }

            target = CheckOneCharacter(target, "Target", pair.LocationOf("target"), diagnostics);
            if (id is not null && item is not null && target is not null)
            {
                read.Add(new MatchingPair(id[0], item, target[0], pair.LocationOf("id"), pair.LocationOf("target")));
            }
        }

        pairs = read;
        return ReadTexts("targets", "a target ('id:' and 'text:')", "Target");
    }

    /// <summary>The items of an ordering question, in the correct order.</summary>
    public List<AnswerOption> ReadOrdering() => ReadTexts("items", "an item ('id:' and 'text:')", "Item");

    private List<AnswerOption> ReadTexts(string key, string what, string idName)
    {
        var read = new List<AnswerOption>();
        foreach (var node in fields.List(key, required: true))
        {
            var entry = YamlObject.From(node, fields.Location, what, diagnostics);
            if (entry is null)
            {
                continue;
            }

            var id = CheckOneCharacter(entry.String("id", required: true), idName, entry.LocationOf("id"), diagnostics);
            var text = entry.String("text", required: true);
            entry.ReportUnknownKeys();
            if (id is not null && text is not null)
            {
                read.Add(new AnswerOption(id[0], text, Correct: true, entry.LocationOf("id")));
            }
        }

        return read;
    }
}
