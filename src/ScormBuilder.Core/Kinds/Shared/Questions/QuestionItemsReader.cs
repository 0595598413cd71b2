using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>Reads what a matching or ordering question is made of, and refuses keys that belong to another type.</summary>
internal sealed partial class QuestionItemsReader(YamlObject fields, DiagnosticBag diagnostics)
{
    // What each type has instead of another type's key.
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
        if (id is null || (id.Length == 1 && OneCharacter().IsMatch(id)))
        {
            return id;
        }

        diagnostics.Report(LoadingDiagnostics.InvalidId, location,
            $"{what} id '{DiagnosticText.Quote(id)}' must be one character, a–z or 0–9: SCORM 1.2 records each choice as one character.");
        return null;
    }

    public void RefuseKeysOfOtherTypes(string? typeName)
    {
        foreach (var (shapeKey, types) in QuestionShape.TypeKeys)
        {
            var key = shapeKey.Name;
            // An unknown type is already reported; only 'answer' is refused with it, as it always was.
            var refused = typeName is null ? shapeKey == QuestionShape.Answer : !types.Contains(typeName);
            if (fields.Node(key) is not null && refused)
            {
                diagnostics.Report(LoadingDiagnostics.UnknownKey, fields.LocationOf(key),
                    $"'{key}' is only for {string.Join(" and ", types)} questions. {Instead(typeName)}");
            }
        }
    }

    /// <summary>The targets of a matching question as its options, and its items with the target of each.</summary>
    public List<AnswerOption> ReadMatching(out IReadOnlyList<MatchingPair> pairs)
    {
        var read = new List<MatchingPair>();
        foreach (var node in fields.List(QuestionShape.Pairs.Name, required: true))
        {
            var pair = YamlObject.From(node, fields.Location, "a pair ('id:', 'item:' and 'target:')", diagnostics, QuestionShape.Pair);
            if (pair is null)
            {
                continue;
            }

            var id = CheckOneCharacter(pair.String(QuestionShape.ItemId), "Item", pair.LocationOf(QuestionShape.ItemId), diagnostics);
            var item = pair.String(QuestionShape.Item);
            var target = pair.String(QuestionShape.Target.Name);
            pair.ReportUnknownKeys();
            if (target is null && pair.Node(QuestionShape.Target) is null)
            {
                diagnostics.Report(LoadingDiagnostics.PairWithoutTarget, pair.Location,
                    $"Item '{id ?? "?"}' has no target. Add 'target:' with the id of the target it belongs with.");
            }

            target = CheckOneCharacter(target, "Target", pair.LocationOf(QuestionShape.Target), diagnostics);
            if (id is not null && item is not null && target is not null)
            {
                read.Add(new MatchingPair(id[0], item, target[0], pair.LocationOf(QuestionShape.ItemId), pair.LocationOf(QuestionShape.Target)));
            }
        }

        pairs = read;
        return ReadTexts(QuestionShape.Targets, "a target ('id:' and 'text:')", "Target");
    }

    /// <summary>The items of an ordering question, in the correct order.</summary>
    public List<AnswerOption> ReadOrdering() => ReadTexts(QuestionShape.Items, "an item ('id:' and 'text:')", "Item");

    // Required for the question's own type, as the shape's rules say: this runs only for that type.
    private List<AnswerOption> ReadTexts(YamlKey key, string what, string idName)
    {
        var read = new List<AnswerOption>();
        foreach (var node in fields.List(key.Name, required: true))
        {
            var entry = YamlObject.From(node, fields.Location, what, diagnostics, QuestionShape.Entry);
            if (entry is null)
            {
                continue;
            }

            var id = CheckOneCharacter(entry.String(QuestionShape.EntryId), idName, entry.LocationOf(QuestionShape.EntryId), diagnostics);
            var text = entry.String(QuestionShape.EntryText);
            entry.ReportUnknownKeys();
            if (id is not null && text is not null)
            {
                read.Add(new AnswerOption(id[0], text, Correct: true, entry.LocationOf(QuestionShape.EntryId)));
            }
        }

        return read;
    }

    [GeneratedRegex(CharacterIdValue.Pattern)]
    private static partial Regex OneCharacter();
}
