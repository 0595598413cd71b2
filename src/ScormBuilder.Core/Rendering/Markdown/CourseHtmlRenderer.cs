using Markdig.Renderers;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Markdig's HTML renderer with what the course's extensions need to know about the body in hand: whose it is,
/// where its links lead on the one page, and how deep it sits.
/// </summary>
internal sealed class CourseHtmlRenderer(TextWriter writer, MarkdownSource source, IReadOnlyDictionary<string, string> ownerIds) : HtmlRenderer(writer)
{
    public MarkdownSource Source => source;

    /// <summary>The build's own prefix for the comments that mark raw HTML (see <see cref="SourceLinesExtension"/>).</summary>
    public string MarkPrefix { get; init; } = "";

    /// <summary>The part (or transcript) each Markdown file of the course becomes.</summary>
    public IReadOnlyDictionary<string, string> OwnerIds => ownerIds;

    /// <summary>How many levels deeper than written the body's headings sit (1 for a transcript in its session).</summary>
    public int HeadingOffset { get; init; }

    /// <summary>The course's learning outcomes, for a page that asks for them with {{outcomes}}; null elsewhere.</summary>
    public IReadOnlyList<LearningOutcome>? Outcomes { get; init; }

    /// <summary>The placeholder that stands for a block's markup on the page; null where blocks stay code.</summary>
    public Func<BodyBlock, string>? BlockHtml { get; init; }

    public static CourseHtmlRenderer Of(HtmlRenderer renderer) =>
        renderer as CourseHtmlRenderer ?? throw new InvalidOperationException("The course's Markdown extensions render only through CourseHtmlRenderer.");
}
