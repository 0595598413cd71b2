using System.Globalization;
using ScormBuilder.Kinds.Scenarios;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// A scenario drawn as an SVG: one row per step from the start (breadth first, in the author's order of choices),
/// each node a box, each choice an arrow numbered as the node's choices are listed, good endings with a solid
/// double border and poor endings with a dashed one (not colour alone). The same scenario always gives the same drawing.
/// </summary>
internal static class ScenarioGraph
{
    private const int BoxWidth = 150;
    private const int BoxHeight = 40;
    private const int ColumnGap = 30;
    private const int RowGap = 60;
    private const int Margin = 20;

    /// <summary>The row and column of every node: its layer from the start, and its place in that layer.</summary>
    public static IReadOnlyDictionary<string, (int Row, int Column)> Layout(Scenario scenario)
    {
        var nodes = scenario.Nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (nodes.ContainsKey(scenario.Start.Id))
        {
            rows[scenario.Start.Id] = 0;
            queue.Enqueue(scenario.Start.Id);
        }

        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var next in nodes[id].Choices.Select(c => c.Goto.Id).Where(g => nodes.ContainsKey(g) && !rows.ContainsKey(g)))
            {
                rows[next] = rows[id] + 1;
                queue.Enqueue(next);
            }
        }

        // A node no path reaches still gets drawn, on a row of its own below the rest.
        var unreached = rows.Count == 0 ? 0 : rows.Values.Max() + 1;
        foreach (var node in nodes.Keys.Where(n => !rows.ContainsKey(n)).ToList())
        {
            rows[node] = unreached;
        }

        var order = OrderOfDiscovery(scenario, rows);
        return rows.Keys.ToDictionary(id => id,
            id => (rows[id], order.Where(o => rows[o] == rows[id]).ToList().IndexOf(id)), StringComparer.Ordinal);
    }

    /// <summary>The SVG of the scenario, with a title naming it for screen readers.</summary>
    public static ReviewHtml Draw(Scenario scenario)
    {
        var layout = Layout(scenario);
        var columns = layout.Values.GroupBy(p => p.Row).Max(g => g.Count());
        var rows = layout.Values.Max(p => p.Row) + 1;
        var width = 2 * Margin + columns * BoxWidth + (columns - 1) * ColumnGap;
        var height = 2 * Margin + rows * BoxHeight + (rows - 1) * RowGap;
        var titleId = $"graph-{scenario.Id}";
        var svg = new ReviewHtml().Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("class", "graph"), ("role", "img"),
            ("aria-labelledby", titleId), ("viewBox", $"0 0 {N(width)} {N(height)}"), ("width", N(width)), ("height", N(height)));
        svg.Element("title", $"Paths through {scenario.Title}: {scenario.Nodes.Count} nodes, {scenario.Endings.Count()} endings", ("id", titleId));
        svg.Open("defs").Open("marker", ("id", $"arrow-{scenario.Id}"), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"),
            ("markerWidth", "8"), ("markerHeight", "8"), ("orient", "auto-start-reverse"))
            .Open("path", ("d", "M 0 0 L 10 5 L 0 10 z")).Close("path").Close("marker").Close("defs");

        (int X, int Y) At(string id) => (Margin + layout[id].Column * (BoxWidth + ColumnGap), Margin + layout[id].Row * (BoxHeight + RowGap));
        foreach (var node in scenario.Nodes.DistinctBy(n => n.Id))
        {
            var (x, y) = At(node.Id);
            for (var i = 0; i < node.Choices.Count; i++)
            {
                var target = node.Choices[i].Goto.Id;
                if (!layout.ContainsKey(target))
                {
                    continue;
                }

                var (tx, ty) = At(target);
                var from = (X: x + BoxWidth / 2, Y: y + BoxHeight);
                var to = (X: tx + BoxWidth / 2, Y: layout[target].Row > layout[node.Id].Row ? ty : ty + BoxHeight);
                var path = layout[target].Row > layout[node.Id].Row
                    ? $"M {N(from.X)} {N(from.Y)} L {N(to.X)} {N(to.Y)}"
                    : $"M {N(from.X)} {N(from.Y)} C {N(from.X + BoxWidth)} {N(from.Y + RowGap)}, {N(to.X + BoxWidth)} {N(to.Y + RowGap)}, {N(to.X)} {N(to.Y)}";
                svg.Open("path", ("class", "edge"), ("d", path), ("marker-end", $"url(#arrow-{scenario.Id})")).Close("path");
                svg.Element("text", N(i + 1), ("class", "edge-label"), ("x", N((from.X + to.X) / 2 + 4)), ("y", N((from.Y + to.Y) / 2)));
            }
        }

        foreach (var node in scenario.Nodes.DistinctBy(n => n.Id))
        {
            var (x, y) = At(node.Id);
            var kind = node.Ending is null ? "decision" : node.Ending.Good ? "good" : "poor";
            svg.Open("g", ("class", $"node {kind}"));
            svg.Open("rect", ("x", N(x)), ("y", N(y)), ("width", N(BoxWidth)), ("height", N(BoxHeight)), ("rx", "6")).Close("rect");
            svg.Element("text", node.Id, ("x", N(x + BoxWidth / 2)), ("y", N(y + 17)), ("text-anchor", "middle"));
            svg.Element("text", kind switch { "good" => "good ending", "poor" => "poor ending", _ => Plural(node.Choices.Count, "choice") },
                ("class", "node-kind"), ("x", N(x + BoxWidth / 2)), ("y", N(y + 32)), ("text-anchor", "middle"));
            svg.Close("g");
        }

        return svg.Close("svg");
    }

    private static List<string> OrderOfDiscovery(Scenario scenario, IReadOnlyDictionary<string, int> rows)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([scenario.Start.Id]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (!rows.ContainsKey(id) || !seen.Add(id))
            {
                continue;
            }

            order.Add(id);
            foreach (var choice in scenario.Nodes.First(n => n.Id == id).Choices)
            {
                queue.Enqueue(choice.Goto.Id);
            }
        }

        return [.. order, .. scenario.Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Where(n => !seen.Contains(n))];
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{N(count)} {word}s";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
