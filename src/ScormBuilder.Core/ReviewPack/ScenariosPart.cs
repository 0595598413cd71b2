using ScormBuilder.Kinds.Scenarios;

namespace ScormBuilder.ReviewPack;

/// <summary>Each scenario as a graph, then every node: its text, each choice with where it leads and its consequence, its debrief.</summary>
internal sealed class ScenariosPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var scenarios = context.Course.Parts.OfType<Scenario>().ToList();
        if (scenarios.Count == 0)
        {
            html.Element("p", "The course has no scenarios.");
            return;
        }

        var body = new BodyText(context, under: 4);
        foreach (var scenario in scenarios)
        {
            html.Open("section", ("class", "scenario"), ("id", $"scenario-{scenario.Id}"));
            html.Element("h3", scenario.Title);
            html.Open("p", ("class", "label")).Text($"scenario '{scenario.Id}', starts at {scenario.Start.Id}, outcomes: " +
                $"{(scenario.Outcomes.Count == 0 ? "none named" : string.Join(", ", scenario.Outcomes.Select(o => o.Id)))} · ")
                .Source(scenario.SourcePath, scenario.IdLocation.Line).Close("p");
            html.Open("figure").Markup(ScenarioGraph.Draw(scenario));
            html.Element("figcaption", "Boxes are nodes (double border: good ending; dashed: poor ending); arrows are choices, numbered as each node lists them.")
                .Close("figure");
            foreach (var node in scenario.Nodes)
            {
                html.Open("div", ("class", "node"), ("id", $"node-{scenario.Id}-{node.Id}")).Source(scenario.SourcePath, node.Location.Line);
                html.Element("h4", node.Ending is null ? $"Node {node.Id}" : $"Node {node.Id}: {(node.Ending.Good ? "good" : "poor")} ending");
                body.Write(html, node.Text);
                if (node.Choices.Count > 0)
                {
                    html.Open("ol", ("class", "choices"));
                    foreach (var choice in node.Choices)
                    {
                        html.Open("li").Source(scenario.SourcePath, choice.Location.Line).Element("p", $"{choice.Text} → {choice.Goto.Id}");
                        if (choice.Consequence is { } consequence)
                        {
                            html.Element("p", "Consequence:", ("class", "label"));
                            body.Write(html, consequence);
                        }

                        html.Close("li");
                    }

                    html.Close("ol");
                }

                if (node.Ending is { } ending)
                {
                    html.Element("p", "Debrief:", ("class", "label"));
                    body.Write(html, ending.Debrief);
                }

                html.Close("div");
            }

            html.Close("section");
        }
    }
}
