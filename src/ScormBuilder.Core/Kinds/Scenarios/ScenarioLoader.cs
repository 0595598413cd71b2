using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Scenarios;

/// <summary>
/// Reads scenarios/*.yaml: the scenario's fields and its nodes. The Markdown in it (intro, node text, consequences,
/// debriefs) is read like a part's body, with its links recorded at their lines, so the same checks apply.
/// </summary>
internal sealed class ScenarioLoader(PartSource source, LoadContext context)
{
    private readonly DiagnosticBag _diagnostics = context.Diagnostics;

    public Scenario? Load()
    {
        var fields = YamlObject.Parse(source.Text, source.DisplayPath, firstLine: 1, "the scenario", _diagnostics, ScenarioShape.File);
        if (fields is null)
        {
            return null;
        }

        var (id, title, required) = PartFields.ReadCommon(fields);
        var outcomes = fields.StringList(ScenarioShape.Outcomes).Select(o => new Reference(o.Value, o.Location)).ToList();
        var intro = id is null ? null : Markdown(fields, ScenarioShape.Intro, id);
        var start = fields.String(ScenarioShape.Start);
        var nodes = new List<ScenarioNode>();
        foreach (var item in fields.List(ScenarioShape.Nodes))
        {
            if (ReadNode(item, fields.Location, id ?? "") is { } node)
            {
                nodes.Add(node);
            }
        }

        fields.ReportUnknownKeys();
        return id is null || title is null || start is null
            ? null
            : new Scenario(id, title, required, source.Path, fields.LocationOf("id"), intro,
                new Reference(start, fields.LocationOf(ScenarioShape.Start)), outcomes, nodes);
    }

    private ScenarioNode? ReadNode(YamlNode item, SourceLocation parent, string scenarioId)
    {
        var fields = YamlObject.From(item, parent, "a node ('id:', 'text:', then 'choices:' or 'ending:')", _diagnostics, ScenarioShape.Node);
        if (fields is null)
        {
            return null;
        }

        var id = Ids.Read(fields);
        // Every body of the scenario belongs to it: a link to the file opens the scenario, and heading ids start with its id.
        var owner = scenarioId;
        var text = Markdown(fields, ScenarioShape.NodeText, owner);
        var hasChoices = fields.Node(ScenarioShape.Choices) is not null;
        var choices = new List<ScenarioChoice>();
        foreach (var node in fields.List(ScenarioShape.Choices))
        {
            if (ReadChoice(node, fields.Location, owner) is { } choice)
            {
                choices.Add(choice);
            }
        }

        var endingName = fields.Choice(ScenarioShape.Ending);
        var debrief = Markdown(fields, ScenarioShape.Debrief, owner);
        var hasEnding = fields.Node(ScenarioShape.Ending) is not null;
        fields.ReportUnknownKeys();
        if (hasChoices == hasEnding)
        {
            var what = hasChoices ? "both 'choices:' and 'ending:'" : "neither 'choices:' nor 'ending:'";
            _diagnostics.Report(LoadingDiagnostics.ScenarioNodeShape, fields.LocationOf("id"),
                $"Node '{DiagnosticText.Quote(id ?? "")}' has {what}. Give a decision 'choices:' (at least two), or end the path with 'ending: good' or 'ending: bad' and a 'debrief:'.");
            return null;
        }

        if (hasEnding && debrief is null && endingName is not null)
        {
            _diagnostics.Report(LoadingDiagnostics.MissingKey, fields.Location,
                $"Ending '{DiagnosticText.Quote(id ?? "")}' has no 'debrief:'. Add one: what went well or badly on this path, and why.");
            return null;
        }

        if (!hasEnding && debrief is not null)
        {
            _diagnostics.Report(LoadingDiagnostics.ScenarioNodeShape, fields.LocationOf(ScenarioShape.Debrief),
                $"Node '{DiagnosticText.Quote(id ?? "")}' has a 'debrief:' but is not an ending. Move it to an ending node, or make this node one with 'ending: good' or 'ending: bad'.");
            return null;
        }

        if (id is null || text is null || (hasEnding && endingName is null))
        {
            return null;
        }

        var ending = hasEnding ? new ScenarioEnding(endingName == "good", debrief!) : null;
        return new ScenarioNode(id, text, choices, ending, fields.LocationOf("id"));
    }

    private ScenarioChoice? ReadChoice(YamlNode item, SourceLocation parent, string owner)
    {
        var fields = YamlObject.From(item, parent, "a choice ('text:', 'goto:' and an optional 'consequence:')", _diagnostics, ScenarioShape.Choice);
        if (fields is null)
        {
            return null;
        }

        var text = fields.String(ScenarioShape.ChoiceText);
        var target = fields.String(ScenarioShape.Goto);
        var consequence = Markdown(fields, ScenarioShape.Consequence, owner);
        fields.ReportUnknownKeys();
        return text is null || target is null
            ? null
            : new ScenarioChoice(text, new Reference(target, fields.LocationOf(ScenarioShape.Goto)), consequence, fields.Location);
    }

    private MarkdownSource? Markdown(YamlObject fields, YamlKey key, string owner) => context.MarkdownValue(source, fields, key, owner);
}
