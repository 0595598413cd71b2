using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Loading;

/// <summary>
/// Parses a Markdown body once, at load: resolves every link against the course folder, prefixes heading ids
/// with the part's id (so ids stay unique when all parts share one page), and tags each block with its source
/// line so that checks on the rendered HTML can point back at the source.
/// </summary>
internal sealed class MarkdownReader(CourseFolder folder, DiagnosticBag diagnostics)
{
    public const string LineAttribute = "data-sb-line";

    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDefinitionLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseGenericAttributes()
        .Build();

    /// <param name="path">Course-relative path of the file.</param>
    /// <param name="idPrefix">The owning part's id, prefixed to heading ids.</param>
    /// <param name="text">The body text.</param>
    /// <param name="firstLine">The file line the body starts on.</param>
    public MarkdownSource Read(string path, string idPrefix, string text, int firstLine)
    {
        var displayPath = folder.DisplayPath(path);
        var document = Markdown.Parse(text, Pipeline);
        var links = new List<MarkdownLink>();
        SourceLocation At(MarkdownObject node) => new(displayPath, firstLine + node.Line, node.Column + 1);

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        diagnostics.Error(DiagnosticCodes.TitleHeadingInBody, At(heading),
                            "Level-1 headings ('# ') are reserved for the part's title. Start headings in the body at '## '.");
                    }

                    var attributes = heading.GetAttributes();
                    if (attributes.Id is { Length: > 0 } id)
                    {
                        attributes.Id = $"{idPrefix}--{id}";
                    }

                    break;
                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    RawHtmlPolicy.Check(html.Lines.ToString(), At(html), diagnostics);
                    break;
                case HtmlInline inline when inline.Tag.StartsWith("<", StringComparison.Ordinal) && !inline.Tag.StartsWith("</", StringComparison.Ordinal) && !inline.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    RawHtmlPolicy.Check(inline.Tag, At(inline), diagnostics);
                    break;
                case AutolinkInline autolink:
                    if (UrlPolicy.IsExternal(autolink.Url) || autolink.IsEmail)
                    {
                        OpenBeside(autolink.GetAttributes());
                    }
                    else
                    {
                        diagnostics.Error(DiagnosticCodes.ForbiddenUrl, At(autolink),
                            $"'{UrlPolicy.Shorten(autolink.Url)}' uses a kind of link the course does not allow. Use http(s), mailto or a path inside the course.");
                        autolink.Url = "#";
                    }

                    break;
                case LinkInline link when link.Url is not null:
                    if (ResolveLink(path, link, At(link)) is { } resolved)
                    {
                        links.Add(resolved);
                    }

                    break;
            }

            if (node is Block block and not MarkdownDocument)
            {
                block.GetAttributes().AddProperty(LineAttribute, (firstLine + block.Line).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new MarkdownSource(displayPath, document, links);
    }

    // Opening elsewhere keeps the course, and the LMS session it holds, loaded in its own window.
    private static void OpenBeside(HtmlAttributes attributes)
    {
        attributes.AddProperty("target", "_blank");
        attributes.AddProperty("rel", "noopener");
    }

    private MarkdownLink? ResolveLink(string path, LinkInline link, SourceLocation location)
    {
        var url = link.Url!.Trim();
        link.GetAttributes().AddProperty(LineAttribute, location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (UrlPolicy.IsExternal(url))
        {
            if (link.IsImage)
            {
                diagnostics.Error(DiagnosticCodes.ExternalResource, location, UrlPolicy.RemoteImageMessage(url));
                return null;
            }

            OpenBeside(link.GetAttributes());
            return new MarkdownLink(url, null, false, true, location);
        }

        if (link.IsImage && UrlPolicy.IsDataImage(url))
        {
            return null;
        }

        if (url.Contains(':'))
        {
            diagnostics.Error(DiagnosticCodes.ForbiddenUrl, location,
                $"'{UrlPolicy.Shorten(url)}' uses a kind of link the course does not allow. Use http(s), mailto or a path inside the course.");
            link.Url = "#";
            return null;
        }

        var hash = url.IndexOf('#');
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var target = hash >= 0 ? url[..hash] : url;
        var resolved = target.Length == 0 ? path : folder.Resolve(path, Uri.UnescapeDataString(target), location, diagnostics);
        if (resolved is null)
        {
            link.Url = "#";
            return null;
        }

        link.Url = anchor is null ? resolved : $"{resolved}#{anchor}";
        return new MarkdownLink(resolved, anchor, link.IsImage, false, location);
    }
}
