using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// A paragraph of just <c>{{outcomes}}</c> becomes the course's learning outcomes as a list, so a page that
/// introduces the course never repeats them by hand and never drifts from course.yaml.
/// </summary>
internal sealed class OutcomesListExtension : IMarkdownExtension
{
    private const string Placeholder = "{{outcomes}}";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<ParagraphRenderer>() is { } paragraphs)
        {
            html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new OutcomesParagraphRenderer(paragraphs));
        }
    }

    private sealed class OutcomesParagraphRenderer(ParagraphRenderer paragraphs) : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (CourseHtmlRenderer.Of(renderer).Outcomes is not { } outcomes || !IsPlaceholder(paragraph))
            {
                paragraphs.Write(renderer, paragraph);
                return;
            }

            renderer.EnsureLine();
            renderer.WriteLine("<ul class=\"sb-outcomes\">");
            foreach (var outcome in outcomes)
            {
                renderer.Write("<li>").Write(WebUtility.HtmlEncode(outcome.Text)).WriteLine("</li>");
            }

            renderer.WriteLine("</ul>");
        }

        private static bool IsPlaceholder(ParagraphBlock paragraph) =>
            paragraph.Inline?.FirstChild is LiteralInline literal && literal.NextSibling is null &&
            literal.Content.ToString() == Placeholder;
    }
}
