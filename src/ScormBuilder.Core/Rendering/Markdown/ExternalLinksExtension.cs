using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScormBuilder.Loading;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Opens links to other sites (and e-mail links) beside the course, so that the course, and the LMS session it
/// holds, stays loaded in its own window.
/// </summary>
internal sealed class ExternalLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += OpenBeside;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OpenBeside(MarkdownDocument document)
    {
        foreach (var node in document.Descendants<Inline>())
        {
            var external = node switch
            {
                AutolinkInline autolink => autolink.IsEmail || UrlPolicy.IsExternal(autolink.Url),
                LinkInline { IsImage: false, Url: { } url } => UrlPolicy.IsExternal(url.Trim()),
                _ => false,
            };
            if (external)
            {
                var attributes = node.GetAttributes();
                attributes.AddProperty("target", "_blank");
                attributes.AddProperty("rel", "noopener noreferrer");
            }
        }
    }
}
