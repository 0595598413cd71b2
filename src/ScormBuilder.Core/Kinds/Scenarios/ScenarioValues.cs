using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Scenarios;

[Template("scenario")]
[Description("A branching scenario: every node on the page at once, hidden, for the runtime to show one at a time. It has no `body`.")]
internal sealed record ScenarioValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The scenario's `intro:` as HTML.")]
    public required RawHtml? Intro { get; init; }

    [Description("The scenario's nodes, in the order of the file.")]
    public required IReadOnlyList<ScenarioNodeValues> Nodes { get; init; }
}

internal sealed record ScenarioNodeValues : TemplateValues
{
    [Description("The node's id, unique within its scenario.")]
    public required string Id { get; init; }

    [Description("The element id of the node's heading: the scenario's id, two dashes and the node's id.")]
    public required string HtmlId { get; init; }

    [Description("The node's `text:` as HTML.")]
    public required RawHtml Text { get; init; }

    [Description("`good` or `bad` for an ending, `null` for a decision; the runtime's data says the same.")]
    public required string? Ending { get; init; }

    [Description("An ending's `debrief:` as HTML, or `null` for a decision.")]
    public required RawHtml? Debrief { get; init; }

    [Description("A decision's choices, in order; none for an ending.")]
    public required IReadOnlyList<ScenarioChoiceValues> Choices { get; init; }
}

internal sealed record ScenarioChoiceValues : TemplateValues
{
    [Description("The choice's place among its node's choices, from 0.")]
    public required int Index { get; init; }

    [Description("The choice's words on its button.")]
    public required string Text { get; init; }

    [Description("The id of the node it leads to.")]
    public required string Goto { get; init; }

    [Description("What happened because of it, as HTML.")]
    public required RawHtml? Consequence { get; init; }
}
