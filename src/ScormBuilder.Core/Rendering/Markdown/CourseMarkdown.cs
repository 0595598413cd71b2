using Markdig;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Renders the course's Markdown to HTML: the syntax authors write (the same as Loading reads), plus the
/// extensions that fit each body into the one page.
/// </summary>
internal sealed class CourseMarkdown(IReadOnlyDictionary<string, string> ownerIds)
{
    /// <summary>Wraps each body, naming its file, so that checks on the page can point back at the source.</summary>
    public const string SourceAttribute = "data-sb-src";

    /// <summary>The body's first line in its file; <see cref="SourceLinesExtension"/> marks lines within it.</summary>
    public const string FirstLineAttribute = "data-sb-first";

    /// <summary>
    /// Starts the comments that mark raw HTML with its source line. It is new for every render, so no author can
    /// write a comment the build would take for its own and remove from the page after the check.
    /// </summary>
    public string MarkPrefix { get; } = "sb-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    private static readonly MarkdownPipeline s_pipeline = MarkdownReader.Syntax()
        .Use<SourceLinesExtension>()
        .Use<ExternalLinksExtension>()
        .Use<PartLinksExtension>()
        .Use<PartHeadingsExtension>()
        .Use<OutcomesListExtension>()
        .Use<TableAlignmentExtension>()
        .Use<RevealsExtension>()
        .Use<BodyBlocksExtension>()
        .Build();

    /// <summary>Renders an interactive block of a body through its template partial.</summary>
    public Func<BodyBlock, string?>? BlockHtml { get; set; }

    public string Render(MarkdownSource source) => Render(source, headingOffset: 0, outcomes: null);

    /// <summary>
    /// Renders a body that sits under a level-2 heading of its own (a transcript inside its session): its '##'
    /// headings become h3 and so on, so a screen reader's outline shows them inside it, not beside it.
    /// </summary>
    public string RenderNested(MarkdownSource source) => Render(source, headingOffset: 1, outcomes: null);

    /// <summary>Renders a body where a paragraph of just {{outcomes}} becomes the course's learning outcomes.</summary>
    public string RenderWithOutcomes(MarkdownSource source, IReadOnlyList<LearningOutcome> outcomes) => Render(source, 0, outcomes);

    private string Render(MarkdownSource source, int headingOffset, IReadOnlyList<LearningOutcome>? outcomes)
    {
        var document = Markdig.Markdown.Parse(source.Text, s_pipeline);
        using var writer = new StringWriter();
        var renderer = new CourseHtmlRenderer(writer, source, ownerIds) { HeadingOffset = headingOffset, Outcomes = outcomes, MarkPrefix = MarkPrefix, BlockHtml = BlockHtml };
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        var path = System.Net.WebUtility.HtmlEncode(source.DisplayPath);
        return $"<div class=\"sb-prose\" {SourceAttribute}=\"{path}\" {FirstLineAttribute}=\"{source.FirstLine}\">\n{writer}</div>";
    }
}
