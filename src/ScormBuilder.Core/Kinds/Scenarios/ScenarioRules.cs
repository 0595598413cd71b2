using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Scenarios;

/// <summary>
/// Every scenario can be played to an end: node ids unique, every choice leads to a node, every node reachable
/// from the start, at least one ending, and from every reachable node some ending still reachable.
/// </summary>
internal sealed class ScenarioRules : ICourseRule
{
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        foreach (var scenario in course.Parts.OfType<Scenario>())
        {
            Check(scenario, diagnostics);
        }
    }

    private static void Check(Scenario scenario, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, ScenarioNode>(StringComparer.Ordinal);
        foreach (var node in scenario.Nodes)
        {
            if (!byId.TryAdd(node.Id, node))
            {
                diagnostics.Report(ValidationDiagnostics.DuplicateId, node.Location,
                    $"Node id '{node.Id}' is used twice in scenario '{scenario.Id}'. Give each node its own id.");
            }
        }

        var known = byId.Keys.Order(StringComparer.Ordinal).ToList();
        string Known(string id) => $"{Suggest.DidYouMean(id, known)} Nodes: {string.Join(", ", known)}.";
        if (!byId.ContainsKey(scenario.Start.Id))
        {
            diagnostics.Report(ValidationDiagnostics.UnknownNode, scenario.Start.Location,
                $"'start' names node '{scenario.Start.Id}', which scenario '{scenario.Id}' does not have.{Known(scenario.Start.Id)}");
            return;
        }

        foreach (var node in byId.Values)
        {
            if (node.Ending is null && node.Choices.Count < 2)
            {
                diagnostics.Report(ValidationDiagnostics.TooFewChoices, node.Location, node.Id, node.Choices.Count);
            }

            foreach (var choice in node.Choices.Where(c => !byId.ContainsKey(c.Goto.Id)))
            {
                diagnostics.Report(ValidationDiagnostics.UnknownNode, choice.Goto.Location,
                    $"A choice of node '{node.Id}' goes to '{choice.Goto.Id}', which scenario '{scenario.Id}' does not have.{Known(choice.Goto.Id)}");
            }
        }

        if (!byId.Values.Any(n => n.Ending is not null))
        {
            diagnostics.Report(ValidationDiagnostics.ScenarioWithoutEnding, scenario.IdLocation,
                $"Scenario '{scenario.Id}' has no ending, so no learner can finish it. Add a node with 'ending: good' or 'ending: bad' and a 'debrief:'.");
            return;
        }

        var reachable = Walk([scenario.Start.Id], id => byId.TryGetValue(id, out var n) ? n.Choices.Select(c => c.Goto.Id) : []);
        foreach (var node in byId.Values.Where(n => !reachable.Contains(n.Id)))
        {
            diagnostics.Report(ValidationDiagnostics.UnreachableNode, node.Location,
                $"No choice leads to node '{node.Id}' from the start ('{scenario.Start.Id}'), so no learner sees it. Point a choice at it with 'goto: {node.Id}', or delete it.");
        }

        // Walk backwards from the endings: a reachable node that is not reached this way can never end.
        var leadsTo = byId.Values.SelectMany(n => n.Choices.Select(c => (From: n.Id, To: c.Goto.Id))).ToLookup(e => e.To, e => e.From);
        var canEnd = Walk(byId.Values.Where(n => n.Ending is not null).Select(n => n.Id), id => leadsTo[id]);
        foreach (var node in byId.Values.Where(n => reachable.Contains(n.Id) && !canEnd.Contains(n.Id)))
        {
            diagnostics.Report(ValidationDiagnostics.NoWayToAnEnding, node.Location,
                $"From node '{node.Id}' no choice ever reaches an ending: a learner there would go round for ever. Give one of its choices (or of the nodes it leads to) a 'goto:' towards an ending.");
        }
    }

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(from, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var to in next(id).Where(seen.Add))
            {
                queue.Enqueue(to);
            }
        }

        return seen;
    }
}
