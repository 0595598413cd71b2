using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Rendering.Markdown;

namespace ScormBuilder.Rendering;

/// <summary>
/// Checks the rendered page as a browser would read it: ids unique, every internal link and anchor resolves,
/// every image has alt text and exists, headings never skip a level. Each problem points back at its source
/// line through the marks <see cref="SourceLinesExtension"/> left on the HTML.
/// </summary>
internal sealed partial class HtmlChecker(IReadOnlyDictionary<string, SourceLocation> partLocations, SourceLocation templateLocation)
{
    private IReadOnlyDictionary<IElement, SourceLocation> _located = new Dictionary<IElement, SourceLocation>();

    /// <summary>
    /// Runs the parser and selectors once on a small page. A cold build calls this while it waits for the
    /// templates to compile, so that the first real check does not pay the parser's start-up cost.
    /// </summary>
    public static void WarmUp() =>
        new HtmlChecker(new Dictionary<string, SourceLocation>(), default)
            .Check("<main><section class=\"sb-part\" id=\"a\"><h1>A</h1><p><a href=\"#a\">a</a><img src=\"a.png\" alt=\"a\"></p></section></main>",
                new HashSet<string> { "a.png" }, new DiagnosticBag());

    public void Check(string html, IReadOnlySet<string> packageFiles, DiagnosticBag diagnostics) =>
        Check(Parse(html), packageFiles, diagnostics);

    public void Check(IDocument document, IReadOnlySet<string> packageFiles, DiagnosticBag diagnostics) =>
        Check(document, packageFiles, new Dictionary<IElement, SourceLocation>(), new HashSet<IElement>(), diagnostics);

    /// <param name="document">The page.</param>
    /// <param name="packageFiles">The files in the package.</param>
    /// <param name="located">Where authors wrote the elements of their bodies (from <see cref="PageAllowlist"/>).</param>
    /// <param name="refused">Elements the allowlist has already reported, left alone here.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public void Check(IDocument document, IReadOnlySet<string> packageFiles, IReadOnlyDictionary<IElement, SourceLocation> located,
        IReadOnlySet<IElement> refused, DiagnosticBag diagnostics)
    {
        _located = located;
        var ids = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.TryAdd(element.Id!, element))
            {
                diagnostics.Report(RenderingDiagnostics.DuplicateElementId, Locate(element),
                    $"The id '{element.Id}' is used twice on the page (also at {Locate(ids[element.Id!])}). Rename a heading, or give it its own {{#id}}.");
            }
        }

        foreach (var link in document.QuerySelectorAll("a[href]").Where(e => !refused.Contains(e)))
        {
            CheckLink(link, link.GetAttribute("href")!, ids, packageFiles, diagnostics);
        }

        foreach (var image in document.QuerySelectorAll("img").Where(e => !refused.Contains(e)))
        {
            if (string.IsNullOrWhiteSpace(image.GetAttribute("alt")))
            {
                diagnostics.Report(RenderingDiagnostics.ImageWithoutAlt, Locate(image),
                    $"Image '{image.GetAttribute("src")}' has no alt text. Describe it for screen-reader users: ![what it shows](path).");
            }

            CheckFile(image, image.GetAttribute("src") ?? "", packageFiles, diagnostics);
        }

        foreach (var media in document.QuerySelectorAll("video[src], audio[src], source[src], track[src]"))
        {
            CheckFile(media, media.GetAttribute("src")!, packageFiles, diagnostics);
        }

        CheckHeadings(document, diagnostics);
    }

    private void CheckLink(IElement link, string href, Dictionary<string, IElement> ids, IReadOnlySet<string> packageFiles, DiagnosticBag diagnostics)
    {
        if (UrlPolicy.IsExternal(href))
        {
            return;
        }

        if (href.StartsWith('#'))
        {
            if (href.Length == 1 || !ids.ContainsKey(Uri.UnescapeDataString(href[1..])))
            {
                diagnostics.Report(RenderingDiagnostics.BrokenAnchor, Locate(link),
                    $"The link '{DescribeAnchor(href)}' goes to no heading or part on the page. Check the heading's spelling; heading links are its text in lower case, with '-' for spaces.");
            }

            return;
        }

        if (href.EndsWith(".md", StringComparison.Ordinal) || href.Contains(".md#", StringComparison.Ordinal))
        {
            diagnostics.Report(RenderingDiagnostics.BrokenLink, Locate(link),
                $"The link '{href}' goes to a file that is not a part of this course. Fix the path, or list the file under 'parts' in course.yaml.");
            return;
        }

        CheckFile(link, href, packageFiles, diagnostics);
    }

    private void CheckFile(IElement element, string path, IReadOnlySet<string> packageFiles, DiagnosticBag diagnostics)
    {
        // Media references missing on disk are reported by the validator; here we catch what templates add.
        var file = path.Split('#', '?')[0];
        if (file.Length == 0 || (!packageFiles.Contains(file) && !UrlPolicy.IsDataImage(path) && !UrlPolicy.IsExternal(path)))
        {
            diagnostics.Report(RenderingDiagnostics.BrokenLink, Locate(element),
                $"'{path}' is not a file in the package. Add the file to the course folder, or fix the path.");
        }
    }

    private void CheckHeadings(IDocument document, DiagnosticBag diagnostics)
    {
        var previous = 0;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (level > previous + 1)
            {
                diagnostics.Report(RenderingDiagnostics.HeadingSkipsLevel, Locate(heading),
                    $"This heading jumps from level {previous} to level {level}. Use {new string('#', previous + 1)} so screen-reader users can follow the outline.");
            }

            previous = level;
        }
    }

    // The page is already text: a <meta charset> can tell the parser nothing, yet handling one makes AngleSharp
    // build every code page it knows, the largest single cost of a cold build (measured with perf). The checked
    // copy names the attribute otherwise; the page the learner gets keeps it.
    // Only the templates' own text is parsed this way: every author's body and block is a placeholder in it.
    /// <summary>Parses the templates' page for the checks.</summary>
    public static IDocument Parse(string html) =>
        new HtmlParser().ParseDocument(MetaCharset().Replace(html, $"<meta {CharsetStandIn}=", 1));

    /// <summary>What the checked page calls the charset attribute of its &lt;meta&gt;.</summary>
    public const string CharsetStandIn = "data-sb-charset";

    [System.Text.RegularExpressions.GeneratedRegex("<meta\\s+charset=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetaCharset();

    private static string DescribeAnchor(string href) => href.Contains("--", StringComparison.Ordinal) ? href[(href.IndexOf("--", StringComparison.Ordinal) + 2)..] : href;

    private SourceLocation Locate(IElement element)
    {
        if (_located.TryGetValue(element, out var written))
        {
            return written;
        }

        var body = element.Closest($"[{CourseMarkdown.SourceAttribute}]");
        var line = element.Closest($"[{SourceLinesExtension.LineAttribute}]")?.GetAttribute(SourceLinesExtension.LineAttribute);
        if (body?.GetAttribute(CourseMarkdown.SourceAttribute) is { } file &&
            int.TryParse(body.GetAttribute(CourseMarkdown.FirstLineAttribute), NumberStyles.None, CultureInfo.InvariantCulture, out var first) &&
            int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return new SourceLocation(file, first + number, 1);
        }

        var part = element.Closest("section.sb-part")?.Id;
        return part is not null && partLocations.TryGetValue(part, out var location) ? location : templateLocation;
    }
}
