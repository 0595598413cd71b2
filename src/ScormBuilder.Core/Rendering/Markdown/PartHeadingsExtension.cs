using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Headings as they sit on the one page: each id starts with its part's id (so ids stay unique when every part
/// shares the page), and a body nested in another part's section (a transcript) goes one level deeper.
/// </summary>
internal sealed class PartHeadingsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new PartHeadingRenderer());
        }
    }

    private sealed class PartHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var course = CourseHtmlRenderer.Of(renderer);
            var tag = $"h{Math.Min(heading.Level + course.HeadingOffset, 6)}";
            var attributes = new HtmlAttributes();
            heading.GetAttributes().CopyTo(attributes);
            if (attributes.Id is { Length: > 0 } id)
            {
                attributes.Id = $"{course.Source.OwnerId}--{id}";
            }

            renderer.Write('<').Write(tag).WriteAttributes(attributes).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).WriteLine(">");
            renderer.EnsureLine();
        }
    }
}
