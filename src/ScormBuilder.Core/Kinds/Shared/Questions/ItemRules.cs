using ScormBuilder.Diagnostics;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>
/// A matching or ordering question that can be answered and recorded: enough items, ids that SCORM 1.2 can record
/// and that differ, and every item of a matching question paired with a target that exists.
/// </summary>
internal static class ItemRules
{
    public static void Check(Question question, DiagnosticBag diagnostics)
    {
        var matching = question.Type == QuestionType.Matching;
        var items = matching ? question.Pairs.Count : question.Options.Count;
        if (items < 2)
        {
            diagnostics.Report(ValidationDiagnostics.TooFewItems, question.Location, matching
                ? $"Matching question '{question.Id}' has {items} pair(s). Give it at least two under 'pairs:'."
                : $"Ordering question '{question.Id}' has {items} item(s): there is nothing to put in order. Give it at least two under 'items:'.");
        }

        if (matching && question.Options.Count < 2)
        {
            diagnostics.Report(ValidationDiagnostics.TooFewItems, question.Location,
                $"Matching question '{question.Id}' has {question.Options.Count} target(s). Give it at least two under 'targets:'.");
        }

        var ids = question.Pairs.Select(p => (p.Id, p.Location)).Concat(question.Options.Select(o => (o.Id, o.Location))).ToList();
        if (ids.Count > Question.MaxIds)
        {
            diagnostics.Report(ValidationDiagnostics.TooManyItems, question.Location, matching
                ? $"Matching question '{question.Id}' has {ids.Count} items and targets. SCORM 1.2 records each as one character (a–z, 0–9), so keep to {Question.MaxIds} together, or split the question."
                : $"Ordering question '{question.Id}' has {ids.Count} items. SCORM 1.2 records each as one character (a–z, 0–9), so keep to {Question.MaxIds}, or split the question.");
        }

        foreach (var duplicate in ids.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Report(ValidationDiagnostics.DuplicateId, duplicate.Last().Location, matching
                ? $"Id '{duplicate.Key}' is used twice in question '{question.Id}'. Give each item and target its own id (e.g. digits for items, letters for targets)."
                : $"Item id '{duplicate.Key}' is used twice in question '{question.Id}'. Give each item its own letter.");
        }

        var targets = question.Options.Select(o => o.Id.ToString()).ToList();
        foreach (var pair in question.Pairs.Where(p => !targets.Contains(p.Target.ToString())))
        {
            diagnostics.Report(ValidationDiagnostics.UnknownTarget, pair.TargetLocation,
                $"Item '{pair.Id}' of question '{question.Id}' names target '{pair.Target}', which is not under 'targets:'. Use one of its targets: {string.Join(", ", targets)}.");
        }
    }
}
