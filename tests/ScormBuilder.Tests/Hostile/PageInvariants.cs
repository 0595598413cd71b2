using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// What every built page keeps, whatever its authors wrote: the template's skeleton (the elements outside the
/// parts' bodies) is the same as a clean course's, only the runtime's scripts, no element that runs code or loads a
/// page, no handler, and links that leave the course or open a package file cannot take the course's frame.
/// </summary>
internal static class PageInvariants
{
    private static readonly string[] s_neverInBodies = ["script", "iframe", "object", "embed", "frame", "frameset", "base", "form", "meta", "link", "style", "svg", "math", "template", "noscript"];

    /// <summary>Every broken rule, empty when the page is sound; <paramref name="skeleton"/> is a clean page's.</summary>
    public static List<string> Problems(string html, IReadOnlyList<string>? skeleton)
    {
        var problems = new List<string>();
        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.Scripts.Select(s => s.Source ?? "#" + s.Id).ToList();
        if (!scripts.SequenceEqual(["#sb-course", "assets/runtime.js"]))
        {
            problems.Add("scripts: " + string.Join(", ", scripts));
        }

        foreach (var element in document.Body!.QuerySelectorAll(".sb-prose *"))
        {
            if (s_neverInBodies.Contains(element.LocalName) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri)
            {
                problems.Add($"<{element.LocalName}> in a body");
            }
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.StartsWith("data-sb-", StringComparison.Ordinal)))
            {
                problems.Add($"attribute {attribute.Name} on <{element.LocalName}>");
            }
        }

        if (document.Head!.QuerySelectorAll("meta").Length != 4 || document.QuerySelectorAll("meta").Length != 4)
        {
            problems.Add("meta elements: " + document.QuerySelectorAll("meta").Length);
        }

        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var leaves = !href.StartsWith('#');
            if (leaves && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && link.GetAttribute("target") != "_blank" && !link.HasAttribute("download"))
            {
                problems.Add($"link to '{href}' opens in the course's frame");
            }

            if (link.GetAttribute("target") == "_blank" && !(rel.Contains("noopener") && rel.Contains("noreferrer")))
            {
                problems.Add($"link to '{href}' opens beside the course with rel='{link.GetAttribute("rel")}'");
            }
        }

        try
        {
            System.Text.Json.JsonDocument.Parse(document.GetElementById("sb-course")?.TextContent ?? "").Dispose();
        }
        catch (System.Text.Json.JsonException e)
        {
            problems.Add("the course data is not JSON: " + e.Message);
        }

        if (skeleton is not null && !Skeleton(html).SequenceEqual(skeleton))
        {
            problems.Add("the template's skeleton changed:\n" + string.Join("\n", Skeleton(html).Except(skeleton).Take(5)));
        }

        return problems;
    }

    /// <summary>The template's own elements, in order: each element outside the parts' bodies, with its id and class.</summary>
    public static List<string> Skeleton(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return [.. document.All.Where(e => e.ParentElement?.Closest(".sb-prose") is null)
            .Select(e => $"{e.LocalName}#{e.Id}.{e.ClassName}")];
    }
}
