using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// The course's references: the text of its references page, block by block. A structured references kind (with
/// the date each was checked) can replace <see cref="PagesOf"/> when it exists.
/// </summary>
internal sealed class ReferencesPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var pages = PagesOf(context.Course).ToList();
        if (pages.Count == 0)
        {
            html.Element("p", "The course has no references page (a part whose id or title starts with 'references').");
            return;
        }

        var body = new BodyText(context, under: 2);
        foreach (var page in pages)
        {
            html.Open("p", ("class", "label")).Text($"{page.Title} · ").Source(page.SourcePath, page.IdLocation.Line).Close("p");
            foreach (var source in page.Bodies)
            {
                body.Write(html, source);
            }
        }
    }

    public static IEnumerable<Part> PagesOf(Course course) => course.Parts.Where(p =>
        p.Id.StartsWith("references", StringComparison.OrdinalIgnoreCase) || p.Title.StartsWith("references", StringComparison.OrdinalIgnoreCase));
}
