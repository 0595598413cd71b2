using Scriban.Runtime;
using System.Text.Json;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Scenarios;

/// <summary>scenarios/*.yaml: branching scenarios, each a graph of decisions that ends well or badly.</summary>
internal sealed class ScenarioKind : ICompilerExtension, IPartLoader, IPartRenderer, ISavedStateContributor
{
    public const string Name = "scenario";

    private static readonly SourceFolder s_sources = new("scenarios", SourceFolders.UnlistedPart, "*.yaml");

    public string SourcePattern => $"{s_sources.Name}/{s_sources.FilePattern}";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.Rules.Add(new ScenarioRules());
        builder.SavedState.Add(this);
        builder.Renderers.Add(this);
        builder.TrackedKinds.Add("node");
        builder.ShapedFiles.Add(new ShapedFile(Name, SourcePattern, ScenarioShape.File));
        builder.SourceFolders.Add(s_sources);
    }

    public bool Claims(string path) => s_sources.Holds(path);

    public Part? Load(PartSource source, LoadContext context) => new ScenarioLoader(source, context).Load();

    // Per scenario ('s'): the node the learner is at, the last steps of their path, and the endings reached.
    public SavedStateItems? ItemsOf(string each, Course course)
    {
        if (each != "scenario")
        {
            return null;
        }

        var scenarios = course.Parts.OfType<Scenario>().ToList();
        return new([.. scenarios.Select(s => new SavedStateItem(s.Id,
                RefMax: s.Nodes.Select(n => n.Id.Length).DefaultIfEmpty(0).Max(), RefsLength: string.Join('.', s.Endings.Select(e => e.Id)).Length))],
            "scenarios", scenarios.FirstOrDefault()?.IdLocation ?? course.Location, "Use shorter node ids, or fewer endings.");
    }

    public ScriptObject Model(Part part, RenderContext context)
    {
        var scenario = (Scenario)part;
        var markdown = context.Markdown;
        return new ScenarioValues
        {
            Id = scenario.Id,
            Title = scenario.Title,
            Intro = scenario.Intro is null ? null : new RawHtml(markdown.Render(scenario.Intro)),
            Nodes = [.. scenario.Nodes.Select(node => new ScenarioNodeValues
            {
                Id = node.Id,
                HtmlId = scenario.HtmlIdOf(node.Id),
                Text = new RawHtml(markdown.Render(node.Text)),
                Ending = EndingOf(node),
                Debrief = node.Ending is null ? null : new RawHtml(markdown.Render(node.Ending.Debrief)),
                Choices = [.. node.Choices.Select((choice, index) => new ScenarioChoiceValues
                {
                    Index = index,
                    Text = choice.Text,
                    Goto = choice.Goto.Id,
                    Consequence = choice.Consequence is null ? null : new RawHtml(markdown.Render(choice.Consequence)),
                })],
            })],
        }.ToScriptObject();
    }

    // The template and the runtime's data name a node's ending alike: good, bad, or null for a decision.
    private static string? EndingOf(ScenarioNode node) => node.Ending is null ? null : node.Ending.Good ? "good" : "bad";

    public void WriteData(Utf8JsonWriter json, Course course)
    {
        var scenarios = course.Parts.OfType<Scenario>().ToList();
        if (scenarios.Count == 0)
        {
            return;
        }

        json.WriteStartArray("scenarios");
        foreach (var scenario in scenarios)
        {
            json.WriteStartObject();
            json.WriteString("id", scenario.Id);
            json.WriteString("start", scenario.Start.Id);
            json.WriteStartArray("nodes");
            foreach (var node in scenario.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                json.WriteString("ending", EndingOf(node));
                json.WriteStartArray("choices");
                foreach (var choice in node.Choices)
                {
                    json.WriteStringValue(choice.Goto.Id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
