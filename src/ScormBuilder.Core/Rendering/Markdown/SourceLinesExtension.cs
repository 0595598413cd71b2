using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Marks every block and link with its line in the body, so that checks on the rendered page can point back at
/// the author's source. The marks are removed from the page once it has been checked.
/// </summary>
internal sealed class SourceLinesExtension : IMarkdownExtension
{
    public const string LineAttribute = "data-sb-line";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Mark;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Mark(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node is (Block and not MarkdownDocument) or LinkInline)
            {
                node.GetAttributes().AddProperty(LineAttribute, node.Line.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
