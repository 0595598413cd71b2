using System.Globalization;
using Markdig;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Renders the course's Markdown to HTML: the syntax authors write (the same as Loading reads), plus the
/// extensions that fit each body into the one page. What a template gets is a placeholder; the HTML is kept as a
/// <see cref="PageFragment"/> that the page inserts as nodes (<see cref="PageAssembler"/>).
/// </summary>
internal sealed class CourseMarkdown(IReadOnlyDictionary<string, string> ownerIds)
{
    /// <summary>Names a body's file on its wrapper while the page is checked, so that checks can point back at the source.</summary>
    public const string SourceAttribute = "data-sb-src";

    /// <summary>The body's first line in its file; <see cref="SourceLinesExtension"/> marks lines within it.</summary>
    public const string FirstLineAttribute = "data-sb-first";

    /// <summary>Marks a placeholder: its value is the render's mark prefix, a colon and the fragment's index.</summary>
    public const string FragmentAttribute = "data-sb-fragment";

    private readonly List<PageFragment> _fragments = [];

    /// <summary>
    /// Starts the comments and placeholders the build writes among an author's HTML. It is new for every render, so
    /// no author can write a mark or a placeholder the build would take for its own.
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

    /// <summary>Renders an interactive block of a body through its template partial (null when that failed).</summary>
    public Func<BodyBlock, string?>? BlockHtml { get; set; }

    /// <summary>Every fragment the placeholders stand for, by index.</summary>
    public IReadOnlyList<PageFragment> Fragments => _fragments;

    /// <summary>The placeholder a template writes where the body goes.</summary>
    public string Render(MarkdownSource source) => Place(new PageFragment(ToHtml(source), source), "sb-prose");

    /// <summary>
    /// Like <see cref="Render"/> for a body that sits under a level-2 heading of its own (a transcript inside its
    /// session): its '##' headings become h3 and so on, so a screen reader's outline shows them inside it.
    /// </summary>
    public string RenderNested(MarkdownSource source) => Place(new PageFragment(ToHtml(source, headingOffset: 1), source), "sb-prose");

    /// <summary>Like <see cref="Render"/>, where a paragraph of just {{outcomes}} becomes the course's learning outcomes.</summary>
    public string RenderWithOutcomes(MarkdownSource source, IReadOnlyList<LearningOutcome> outcomes) =>
        Place(new PageFragment(ToHtml(source, 0, outcomes), source), "sb-prose");

    /// <summary>The body's HTML, with the build's marks, as the page's checks read it.</summary>
    public string ToHtml(MarkdownSource source, int headingOffset = 0, IReadOnlyList<LearningOutcome>? outcomes = null)
    {
        var document = Markdig.Markdown.Parse(source.Text, s_pipeline);
        using var writer = new StringWriter();
        var renderer = new CourseHtmlRenderer(writer, source, ownerIds)
        {
            HeadingOffset = headingOffset, Outcomes = outcomes, MarkPrefix = MarkPrefix, BlockHtml = BlockHtml is null ? null : PlaceBlock,
        };
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private string PlaceBlock(BodyBlock block) => Place(new PageFragment(BlockHtml?.Invoke(block) ?? "", null), "sb-block");

    private string Place(PageFragment fragment, string className)
    {
        _fragments.Add(fragment);
        var key = string.Create(CultureInfo.InvariantCulture, $"{MarkPrefix}:{_fragments.Count - 1}");
        return $"<div class=\"{className}\" {FragmentAttribute}=\"{key}\"></div>";
    }
}
