using Markdig.Renderers;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// Renders parsed Markdown to HTML, turning links to other source files into links to their parts on the
/// one page ('case-studies/kathy.md#intro' becomes '#cs-kathy--intro').
/// </summary>
internal sealed partial class MarkdownHtml(IReadOnlyDictionary<string, string> idsBySourcePath)
{
    public const string SourceAttribute = "data-sb-src";

    /// <summary>
    /// Renders a body that sits under a level-2 heading of its own (a transcript inside its session): its '##'
    /// headings become h3 and so on, so a screen reader's outline shows them inside it, not beside it.
    /// </summary>
    public string RenderNested(MarkdownSource source) =>
        HeadingTag().Replace(Render(source), m => $"<{m.Groups[1].Value}h{Math.Min(int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, 6)}");

    public string Render(MarkdownSource source)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = Rewrite };
        MarkdownReader.Pipeline.Setup(renderer);
        renderer.Render(source.Document);
        return $"<div class=\"sb-prose\" {SourceAttribute}=\"{System.Net.WebUtility.HtmlEncode(source.Path)}\">\n{writer}</div>";
    }

    private string Rewrite(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        if (!path.EndsWith(".md", StringComparison.Ordinal) || !idsBySourcePath.TryGetValue(path, out var id))
        {
            return url;
        }

        return hash >= 0 && hash < url.Length - 1 ? $"#{id}--{url[(hash + 1)..]}" : $"#{id}";
    }

    [System.Text.RegularExpressions.GeneratedRegex("<(/?)h([1-6])(?=[\\s>])")]
    private static partial System.Text.RegularExpressions.Regex HeadingTag();
}
