using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ScormBuilder.Releases;

/// <summary>
/// Reads what a learner sees from a package's page: the parts the course data lists, each part's text in page
/// order, its questions, checks and scenario nodes with the keys the course data holds, and the reflection's
/// prompts. One reader for both sides of a comparison, so that only the content can differ.
/// </summary>
internal static class ContentExtractor
{
    private const string TextLeaves = "p, li, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, summary, blockquote, pre";

    // Inside these the blocks are read as the questions and nodes they belong to, not as loose text.
    private const string OwnedRegions = "[data-question], [data-check], [data-component=scenario], form, textarea";

    /// <summary>The page's content, or null when the page carries no ScormBuilder course data.</summary>
    public static PackageContent? Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        if (document.QuerySelector("script#sb-course") is not { } script || CourseJson(script.TextContent) is not { } data)
        {
            return null;
        }

        using (data)
        {
            var root = data.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not { Length: > 0 } id
                || !root.TryGetProperty("parts", out var parts) || parts.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var keys = new CourseKeys(root);
            var content = parts.EnumerateArray()
                .Where(p => p.ValueKind == JsonValueKind.Object && Text(p, "id") is { Length: > 0 })
                .Select(p => Part(document, p, keys))
                .ToList();
            return new PackageContent(id, Text(root, "version") ?? "", Text(root, "title") ?? "", content);
        }
    }

    private static JsonDocument? CourseJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PartContent Part(IDocument document, JsonElement part, CourseKeys keys)
    {
        var id = Text(part, "id")!;
        var section = document.GetElementById(id);
        var blocks = section is null ? [] : Blocks(section, keys).ToList();
        blocks.AddRange(keys.PromptsOf(id));
        var required = part.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
        return new PartContent(id, Text(part, "kind") ?? "", Text(part, "title") ?? "", required, blocks);
    }

    private static IEnumerable<ContentBlock> Blocks(IElement section, CourseKeys keys)
    {
        foreach (var element in section.Descendants<IElement>())
        {
            if (element.HasAttribute("data-question"))
            {
                yield return Question(element, keys);
            }
            else if (element.GetAttribute("data-node") is { Length: > 0 } node && element.Closest("[data-scenario]") is { } play)
            {
                yield return Node(element, node, play, keys);
            }
            else if (element.Matches(TextLeaves) && element.QuerySelector(TextLeaves) is null && element.Closest(OwnedRegions) is null
                && Collapse(element.TextContent) is { Length: > 0 } text)
            {
                yield return new ContentBlock(BlockKind.Text, "", text, null);
            }
        }
    }

    private static ContentBlock Question(IElement fieldset, CourseKeys keys)
    {
        var id = fieldset.GetAttribute("data-question")!;
        var isCheck = fieldset.Closest("[data-check]") is not null;
        var legend = fieldset.QuerySelector("legend")?.Clone() as IElement;
        foreach (var chrome in legend?.QuerySelectorAll(".sb-question-number, .sb-check-label, .sb-hint").ToList() ?? [])
        {
            chrome.Remove();
        }

        var parts = new List<string> { Collapse(legend?.TextContent ?? "") };
        parts.AddRange(fieldset.QuerySelectorAll("label, [data-item], .sb-feedback p").Select(e => Collapse(e.TextContent)).Where(t => t.Length > 0));
        var (key, options) = keys.QuestionKey(id, isCheck);
        return new ContentBlock(isCheck ? BlockKind.Check : BlockKind.Question, id, string.Join(" | ", parts.Distinct()), key, options)
        {
            Summary = parts[0],
            KeyShown = KeyShown(fieldset, id, key),
        };
    }

    // "b: Think" reads better than "b"; a key whose letters are not all options with labels (matching) stays as it is.
    private static string? KeyShown(IElement fieldset, string id, string? key)
    {
        // Matched by attribute value, not a selector built from text: an old or foreign package's ids are untrusted.
        var byTarget = fieldset.QuerySelectorAll("label[for]").GroupBy(l => l.GetAttribute("for")!).ToDictionary(g => g.Key, g => g.First());
        var labels = key?.Select(option => byTarget.GetValueOrDefault($"{id}-{option}")).ToList();
        return labels is null || labels.Count == 0 || labels.Any(l => l is null)
            ? key
            : string.Join("; ", key!.Zip(labels, (option, label) => $"{option}: {Collapse(label!.TextContent)}"));
    }

    private static ContentBlock Node(IElement node, string id, IElement play, CourseKeys keys)
    {
        var consequences = play.QuerySelectorAll("[data-consequence]")
            .Where(c => c.GetAttribute("data-consequence")!.StartsWith(id + "/", StringComparison.Ordinal))
            .Select(c => Collapse(c.TextContent));
        var text = string.Join(" | ", new[] { Collapse(node.TextContent) }.Concat(consequences));
        var first = node.QuerySelector(".sb-prose") is { } prose ? Collapse(prose.TextContent) : text;
        return new ContentBlock(BlockKind.ScenarioNode, id, text, keys.NodeKey(play.GetAttribute("data-scenario")!, id)) { Summary = first };
    }

    internal static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
