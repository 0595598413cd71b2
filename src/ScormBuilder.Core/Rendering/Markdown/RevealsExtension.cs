using System.Globalization;
using System.Net;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ScormBuilder.Loading;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Renders reveals (<see cref="RevealBlocks"/>): <c>details</c> as a native <c>&lt;details&gt;</c>; <c>tabs</c> as
/// panels, each under its title as a heading, which the runtime (tabs.js) turns into the WAI-ARIA tabs pattern.
/// Without the runtime, or in print, every panel shows, so no content is ever hidden for good. Ids start with the
/// part's id, so they stay unique on the one page.
/// </summary>
internal sealed class RevealsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<RevealRenderer>(new RevealRenderer());
        }
    }

    private sealed class RevealRenderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer block)
        {
            renderer.EnsureLine();
            switch (block.Info)
            {
                case RevealBlocks.Details:
                    renderer.Write("<details").WriteAttributes(Attributes(block, "sb-reveal", null)).Write("><summary>")
                        .Write(WebUtility.HtmlEncode(block.Arguments?.Trim() ?? "")).WriteLine("</summary>");
                    renderer.WriteChildren(block);
                    renderer.EnsureLine();
                    renderer.WriteLine("</details>");
                    break;
                case RevealBlocks.Tabs:
                    WriteTabs(renderer, block);
                    break;
                default:
                    // Loading reported it; the build stops before a page is written.
                    renderer.WriteChildren(block);
                    break;
            }
        }

        private static void WriteTabs(HtmlRenderer renderer, CustomContainer tabs)
        {
            var course = CourseHtmlRenderer.Of(renderer);
            var (ordinal, level) = Place(tabs);
            var tag = "h" + Math.Min(level + course.HeadingOffset, 6).ToString(CultureInfo.InvariantCulture);
            var id = $"{course.Source.OwnerId}--tabs-{ordinal.ToString(CultureInfo.InvariantCulture)}";
            renderer.Write("<div").WriteAttributes(Attributes(tabs, "sb-tabs", id)).WriteLine(">");
            var index = 0;
            foreach (var tab in tabs.OfType<CustomContainer>())
            {
                index++;
                var panel = $"{id}-{index.ToString(CultureInfo.InvariantCulture)}";
                renderer.Write("<div").WriteAttributes(Attributes(tab, "sb-tab-panel", panel)).WriteLine(">");
                renderer.Write('<').Write(tag).Write(" class=\"sb-tab-title\" id=\"").Write(panel).Write("-title\">")
                    .Write(WebUtility.HtmlEncode(tab.Arguments?.Trim() ?? "")).Write("</").Write(tag).WriteLine(">");
                renderer.WriteChildren(tab);
                renderer.EnsureLine();
                renderer.WriteLine("</div>");
            }

            renderer.WriteLine("</div>");
        }

        // The block's own attributes (its line, for the checks on the page) without the class Markdig makes of
        // the block's kind, which would be a second class attribute.
        private static HtmlAttributes Attributes(CustomContainer block, string className, string? id)
        {
            var attributes = new HtmlAttributes();
            block.GetAttributes().CopyTo(attributes);
            attributes.Classes?.RemoveAll(c => c == block.Info);
            attributes.AddClass(className);
            if (id is not null)
            {
                attributes.Id = id;
            }

            return attributes;
        }

        // Which tabs of the body these are (for ids), and the level their titles take: one below the heading they
        // follow, so the outline reads the same with or without the runtime.
        private static (int Ordinal, int Level) Place(CustomContainer tabs)
        {
            Block root = tabs;
            while (root.Parent is { } parent)
            {
                root = parent;
            }

            var ordinal = 0;
            var level = 1;
            foreach (var block in ((ContainerBlock)root).Descendants<Block>())
            {
                if (block == tabs)
                {
                    break;
                }

                if (block is HeadingBlock heading)
                {
                    level = heading.Level;
                }
                else if (RevealBlocks.IsTabs(block))
                {
                    ordinal++;
                }
            }

            return (ordinal + 1, level + 1);
        }
    }
}
