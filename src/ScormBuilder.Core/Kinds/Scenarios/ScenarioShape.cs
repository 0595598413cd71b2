using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Scenarios;

/// <summary>The keys of a scenario file, which <see cref="ScenarioLoader"/> reads and the scenario schema describes.</summary>
internal static class ScenarioShape
{
    public static readonly YamlKey ChoiceText = new("text", new TextValue(), "The button's words (plain text).", Required: true);

    public static readonly YamlKey Goto = new("goto", new TextValue(Ids.Pattern), "The id of the node this choice leads to.", Required: true);

    public static readonly YamlKey Consequence = new("consequence", new TextValue(), "Markdown shown after choosing, before the next node.");

    public static readonly YamlShape Choice = new("A choice: the button, and the node it leads to.", [ChoiceText, Goto, Consequence]);

    public static readonly YamlKey NodeId = PartFields.IdKey("The node's id: unique in the scenario, and stable like every id.");

    public static readonly YamlKey NodeText = new("text", new TextValue(), "Markdown: the situation at this point.", Required: true);

    public static readonly YamlKey Choices = new("choices", new ListValue(new MappingValue(Choice)),
        "A decision: at least two choices. A node has either choices or an ending.");

    public static readonly YamlKey Ending = new("ending", new ChoiceValue(["good", "bad"]),
        "An ending, good or bad, with a debrief. A node has either choices or an ending.");

    public static readonly YamlKey Debrief = new("debrief", new TextValue(), "Markdown shown at an ending: what went well or badly, and why.");

    /// <summary>A node is a decision (choices) or an ending (with a debrief), never both.</summary>
    public static readonly YamlShape Node = new("A node: a decision with choices, or an ending with a debrief.",
        [NodeId, NodeText, Choices, Ending, Debrief],
        [new YamlKeyRule(Ending.Name, null, new KeyDemand([Debrief.Name], [Choices.Name]), new KeyDemand([Choices.Name], [Debrief.Name]))]);

    public static readonly YamlKey Id = PartFields.IdKey("The scenario's id.");

    public static readonly YamlKey Title = PartFields.TitleKey("The scenario's title.");

    public static readonly YamlKey Required = PartFields.RequiredKey("false leaves the scenario out of completion (default true: done once any ending is reached).");

    public static readonly YamlKey Outcomes = new("outcomes", new ListValue(new TextValue(Ids.Pattern)), "The ids of the outcomes it teaches.");

    public static readonly YamlKey Intro = new("intro", new TextValue(), "Markdown shown above the first decision.");

    public static readonly YamlKey Start = new("start", new TextValue(Ids.Pattern), "The id of the node the scenario starts at.", Required: true);

    public static readonly YamlKey Nodes = new("nodes", new ListValue(new MappingValue(Node)), "The decisions and endings.", Required: true);

    public static readonly YamlShape File = new("A ScormBuilder branching scenario: scenarios/*.yaml.",
        [Id, Title, Required, Outcomes, Intro, Start, Nodes]);
}
