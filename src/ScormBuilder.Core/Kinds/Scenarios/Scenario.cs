using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Scenarios;

/// <summary>
/// A branching scenario: a situation told as nodes, each a decision with choices that lead on to another node,
/// or an ending (good or bad) with a debrief. A learner may try another path from the start at any time.
/// </summary>
public sealed record Scenario(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    MarkdownSource? Intro,
    Reference Start,
    IReadOnlyList<Reference> Outcomes,
    IReadOnlyList<ScenarioNode> Nodes)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => ScenarioKind.Name;

    public override IEnumerable<MarkdownSource> Bodies =>
        [.. Intro is null ? [] : new[] { Intro }, .. Nodes.SelectMany(n => n.Bodies)];

    public override IEnumerable<TrackedId> TrackedIds =>
        Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Select(n => new TrackedId("node", $"{Id}/{n}"));

    public override IEnumerable<Reference> Teaches => Outcomes;

    public IEnumerable<ScenarioNode> Endings => Nodes.Where(n => n.Ending is not null);

    /// <summary>The HTML id of a node's block on the page: node ids are unique within their scenario only.</summary>
    public string HtmlIdOf(string nodeId) => $"{Id}--{nodeId}";
}

/// <summary>One step of a scenario: a decision (choices) or an ending (with its debrief).</summary>
public sealed record ScenarioNode(
    string Id,
    MarkdownSource Text,
    IReadOnlyList<ScenarioChoice> Choices,
    ScenarioEnding? Ending,
    SourceLocation Location)
{
    public IEnumerable<MarkdownSource> Bodies =>
        [Text, .. Choices.Select(c => c.Consequence).OfType<MarkdownSource>(), .. Ending is null ? [] : new[] { Ending.Debrief }];
}

/// <summary>A choice: its words on the button, the node it leads to, and what happened because of it.</summary>
public sealed record ScenarioChoice(string Text, Reference Goto, MarkdownSource? Consequence, SourceLocation Location);

/// <summary>How a path ended, and what the learner should take from it.</summary>
public sealed record ScenarioEnding(bool Good, MarkdownSource Debrief);
