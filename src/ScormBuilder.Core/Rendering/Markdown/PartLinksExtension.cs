using Markdig;
using Markdig.Renderers;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Points links where they lead on the one page: a link to another part's file opens that part
/// ('../case-studies/kathy.md#intro' becomes '#cs-kathy--intro'), a link to a media file names its place in the
/// package. Loading has already resolved every link; this only looks the answer up.
/// </summary>
internal sealed class PartLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            var course = CourseHtmlRenderer.Of(html);
            html.LinkRewriter = url => Rewrite(course, url);
        }
    }

    private static string Rewrite(CourseHtmlRenderer course, string url)
    {
        var written = url.Trim();
        var link = course.Source.Links.FirstOrDefault(l => l.Url == written);
        if (link is null || link.IsExternal)
        {
            return url;
        }

        if (!course.OwnerIds.TryGetValue(link.Target, out var id))
        {
            return link.Anchor is null ? link.Target : $"{link.Target}#{link.Anchor}";
        }

        return string.IsNullOrEmpty(link.Anchor) ? $"#{id}" : $"#{id}--{link.Anchor}";
    }
}
