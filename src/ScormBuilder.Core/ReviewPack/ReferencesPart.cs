using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.References;
using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// The course's references: a references.yaml page reference by reference (title, author, publisher, date, its
/// address as text, its note, and when and how it was last checked, a check the build found too old or missing said
/// in words, as SB2064 and SB2065 say it); a Markdown references page block by block.
/// </summary>
internal sealed class ReferencesPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var pages = PagesOf(context.Course).ToList();
        if (pages.Count == 0)
        {
            html.Element("p", "The course has no references page (references.yaml, or a part whose id or title starts with 'references').");
            return;
        }

        var body = new BodyText(context, under: 2);
        foreach (var page in pages)
        {
            html.Open("p", ("class", "label")).Text($"{page.Title} · ").Source(page.SourcePath, page.IdLocation.Line).Close("p");
            if (page is ReferenceList list)
            {
                WriteList(html, body, list);
                continue;
            }

            foreach (var source in page.Bodies)
            {
                body.Write(html, source);
            }
        }
    }

    public static IEnumerable<Part> PagesOf(Course course) => course.Parts.Where(p => p is ReferenceList ||
        p.Id.StartsWith("references", StringComparison.OrdinalIgnoreCase) || p.Title.StartsWith("references", StringComparison.OrdinalIgnoreCase));

    private void WriteList(ReviewHtml html, BodyText body, ReferenceList list)
    {
        var references = list.All.ToList();
        var never = references.Count(r => r.Checked is null);
        var old = references.Count(IsOld);
        html.Element("p", $"{references.Count} references: {references.Count - never - old} checked within " +
            $"{context.Course.ReviewRecord.ReferencesMaxAgeMonths} months (references_max_age_months), {old} checked longer ago, {never} never checked.");
        Write(html, body, list.Intro);
        foreach (var group in list.Groups)
        {
            if (group.Heading is { } heading)
            {
                html.Element("h3", heading);
            }

            Write(html, body, group.Intro);
            foreach (var reference in group.References)
            {
                WriteReference(html, body, list, reference);
            }
        }

        Write(html, body, list.Outro);
    }

    private void WriteReference(ReviewHtml html, BodyText body, ReferenceList list, CourseReference reference)
    {
        html.Open("div", ("class", "block reference")).Source(list.SourcePath, reference.Location.Line);
        html.Element("p", $"{reference.Id}. {reference.Title}", ("class", "stem"));
        html.Open("dl", ("class", "facts"));
        Fact(html, "Author", reference.Author);
        Fact(html, "Publisher", reference.Publisher);
        Fact(html, "Date", reference.Date);
        Fact(html, "Address", reference.Url ?? "none given");
        Fact(html, "Last checked", CheckText(reference));
        html.Close("dl");
        Write(html, body, reference.Note);
        html.Close("div");
    }

    private string CheckText(CourseReference reference)
    {
        if (reference.Checked is not { } check)
        {
            return $"Never checked (warning {DiagnosticCodes.ReferenceNeverChecked}): nothing says its address and facts were confirmed.";
        }

        var how = check.How == ReferenceCheck.Live ? "against the live page" : "against a stored copy";
        return IsOld(reference)
            ? $"{CourseDate.Write(check.Date)}, {how}. Older than the {context.Course.ReviewRecord.ReferencesMaxAgeMonths} months references_max_age_months allows (warning {DiagnosticCodes.ReferenceCheckOld}): check it again."
            : $"{CourseDate.Write(check.Date)}, {how}.";
    }

    // The build's own verdict (SB2064 at the 'checked:' line), so the pack and the build never disagree on what is old.
    private bool IsOld(CourseReference reference) => reference.Checked is { } check && context.Warnings.Any(d =>
        d.Code == DiagnosticCodes.ReferenceCheckOld && d.Location.Path == context.Relative(check.Location.Path) && d.Location.Line == check.Location.Line);

    private static void Write(ReviewHtml html, BodyText body, MarkdownSource? source)
    {
        if (source is not null)
        {
            body.Write(html, source);
        }
    }

    private static void Fact(ReviewHtml html, string name, string? value)
    {
        if (value is not null)
        {
            html.Element("dt", name).Element("dd", value);
        }
    }
}
