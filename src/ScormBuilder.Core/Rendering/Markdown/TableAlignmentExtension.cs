using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// A table column aligned in Markdown (<c>|:---:|</c>) gets a class, not the inline style Markdig writes: the page's
/// Content-Security-Policy applies no inline style, so a style would be lost and reported as a violation.
/// </summary>
internal sealed class TableAlignmentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += AlignByClass;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AlignByClass(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var cell in table.Descendants<TableCell>())
            {
                var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : ((TableRow)cell.Parent!).IndexOf(cell);
                if (index < columns.Count && columns[index].Alignment is { } alignment)
                {
                    cell.GetAttributes().AddClass(alignment switch
                    {
                        TableColumnAlign.Center => "sb-align-center",
                        TableColumnAlign.Right => "sb-align-right",
                        _ => "sb-align-left",
                    });
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }
}
