using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScormBuilder.Kinds.Checks;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// A Markdown body as the learner reads it, block by block, each block under its 'file:line': headings, paragraphs,
/// lists and tables as plain text (escaped, never run); reveals shown opened under their titles; a knowledge check
/// as its question, key marked.
/// </summary>
/// <param name="context">The pack's course and findings.</param>
/// <param name="under">The level of the heading the body sits under: its '##' headings go one below it.</param>
internal sealed class BodyText(ReviewContext context, int under = 3)
{
    private const string OutcomesPlaceholder = "{{outcomes}}";

    // The syntax authors write, as Loading reads it: the blocks and their lines are the author's.
    private static readonly MarkdownPipeline s_pipeline = MarkdownReader.Syntax().Build();

    public void Write(ReviewHtml html, MarkdownSource body)
    {
        var document = Markdig.Markdown.Parse(body.Text, s_pipeline);
        html.Open("div", ("class", "body"));
        foreach (var block in document)
        {
            Write(html, body, block);
        }

        html.Close("div");
    }

    private void Write(ReviewHtml html, MarkdownSource body, Block block)
    {
        var line = body.FirstLine + block.Line;
        switch (block)
        {
            case FencedCodeBlock fenced when body.Blocks.FirstOrDefault(b => b.Line == block.Line) is KnowledgeCheck check:
                html.Open("div", ("class", "check"));
                html.Element("p", "Knowledge check (answered for feedback, not scored)", ("class", "label"));
                new QuestionView(context).Write(html, check.Question, body.Path, pool: null);
                html.Close("div");
                return;
            case CustomContainer reveal:
                html.Open("div", ("class", "reveal")).Source(body.Path, line);
                html.Element("p", RevealTitle(reveal), ("class", "label"));
                foreach (var inner in reveal)
                {
                    Write(html, body, inner);
                }

                html.Close("div");
                return;
            case HeadingBlock heading:
                html.Open("div", ("class", "block")).Source(body.Path, line);
                html.Element($"h{Math.Clamp(heading.Level - 1 + under, under + 1, 6)}", PlainText(block)).Close("div");
                return;
            case Table table:
                html.Open("div", ("class", "block")).Source(body.Path, line).Open("table");
                foreach (var row in table.OfType<TableRow>())
                {
                    html.Open("tr");
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        html.Element(row.IsHeader ? "th" : "td", PlainText(cell), row.IsHeader ? [("scope", "col")] : []);
                    }

                    html.Close("tr");
                }

                html.Close("table").Close("div");
                return;
            case ListBlock list:
                html.Open("div", ("class", "block")).Source(body.Path, line).Open(list.IsOrdered ? "ol" : "ul");
                foreach (var item in list)
                {
                    html.Element("li", PlainText(item));
                }

                html.Close(list.IsOrdered ? "ol" : "ul").Close("div");
                return;
            default:
                var text = PlainText(block);
                if (text.Length == 0)
                {
                    return;
                }

                html.Open("div", ("class", "block")).Source(body.Path, line);
                if (text == OutcomesPlaceholder)
                {
                    html.Element("p", "[The course's learning outcomes, listed:]").Open("ul");
                    foreach (var outcome in context.Course.Outcomes)
                    {
                        html.Element("li", outcome.Text);
                    }

                    html.Close("ul");
                }
                else
                {
                    html.Element("p", block is ParagraphBlock { Inline: { } inline } && inline.Count() == 1 && inline.FirstChild is LinkInline { IsImage: true } image
                        ? $"Image ({image.Url}), its text alternative: {text}"
                        : text);
                }

                html.Close("div");
                return;
        }
    }

    /// <summary>Each block the pack labels in a body, in page order, with its line and the text it shows (reveals opened, checks left out).</summary>
    public static IEnumerable<(int Line, string Text)> LabelledBlocks(MarkdownSource body) =>
        Markdig.Markdown.Parse(body.Text, s_pipeline).SelectMany(block => LabelledBlocks(body, block));

    private static IEnumerable<(int Line, string Text)> LabelledBlocks(MarkdownSource body, Block block) => block switch
    {
        FencedCodeBlock when body.Blocks.Any(b => b.Line == block.Line && b is KnowledgeCheck) => [],
        CustomContainer reveal => reveal.SelectMany(inner => LabelledBlocks(body, inner)),
        _ => [(body.FirstLine + block.Line, PlainText(block))],
    };

    private static string RevealTitle(CustomContainer reveal) => reveal.Info switch
    {
        RevealBlocks.Details => $"Reveal, shown opened: {reveal.Arguments}",
        RevealBlocks.Tab => $"Tab, shown opened: {reveal.Arguments}",
        _ => "Tabs, every tab shown:",
    };

    /// <summary>The text of a block with its markup taken away: what the learner reads.</summary>
    public static string PlainText(MarkdownObject block)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        s_pipeline.Setup(renderer);
        renderer.Render(block);
        return string.Join(' ', writer.ToString().Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
