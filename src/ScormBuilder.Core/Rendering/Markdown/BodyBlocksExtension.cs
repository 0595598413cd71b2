using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Puts each interactive block of a body (a knowledge check, loaded as a <see cref="Model.BodyBlock"/>) in place of
/// its fenced block, as its template partial renders it. Every other fenced block stays a code block. The block's
/// markup is the templates', not the author's: the body holds only a placeholder with the build's own prefix, and
/// the page puts the block's nodes in its place, held to the templates' rules.
/// </summary>
internal sealed class BodyBlocksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<CodeBlockRenderer>() is { } code)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new BlockRenderer(code));
        }
    }

    private sealed class BlockRenderer(CodeBlockRenderer code) : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            var course = CourseHtmlRenderer.Of(renderer);
            var found = block is FencedCodeBlock fenced
                ? course.Source.Blocks.FirstOrDefault(b => b.Line == fenced.Line && b.Kind == fenced.Info?.Trim())
                : null;
            if (found is null || course.BlockHtml is null)
            {
                code.Write(renderer, block);
                return;
            }

            renderer.EnsureLine();
            renderer.WriteLine(course.BlockHtml(found));
        }
    }
}
