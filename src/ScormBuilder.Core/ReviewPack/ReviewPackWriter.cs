using System.Text;
using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// The review pack: one self-contained HTML page a reviewer reads or prints, its parts in a fixed order. It loads
/// nothing (a Content-Security-Policy allows only its own style, by hash, and no script) and carries no date but
/// the course's own, so the same sources give the same bytes.
/// </summary>
internal static class ReviewPackWriter
{
    private static readonly string s_style = """
        body { font-family: system-ui, sans-serif; line-height: 1.45; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1b1b1b; background: #fff; }
        h1, h2, h3, h4 { line-height: 1.2; }
        .src { font-family: ui-monospace, monospace; font-size: 0.8rem; color: #3d3d3d; background: #f0f0f0; padding: 0 0.25rem; }
        .label { font-size: 0.9rem; color: #3d3d3d; margin: 0.25rem 0; }
        .block, .question, .node, .check, .reveal { border-left: 3px solid #c8c8c8; padding: 0.25rem 0.75rem; margin: 0.75rem 0; }
        .reveal { border-left-style: dotted; }
        .question { border-left-color: #005eb8; }
        .key { font-weight: bold; }
        .mark { font-family: ui-monospace, monospace; }
        .change { font-size: 0.9rem; }
        .removed li { font-style: italic; }
        .findings li, .finding { color: #8a1f11; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #767676; padding: 0.3rem; text-align: left; vertical-align: top; }
        svg.graph { max-width: 100%; height: auto; }
        svg .node rect { fill: #fff; stroke: #1b1b1b; stroke-width: 1.5; }
        svg .good rect { fill: #e6f4ea; stroke-width: 4; stroke: #00703c; }
        svg .poor rect { fill: #fbe9e7; stroke-dasharray: 6 3; stroke: #8a1f11; }
        svg text { font-size: 12px; fill: #1b1b1b; }
        svg .node-kind { font-size: 10px; }
        svg .edge { fill: none; stroke: #505a5f; stroke-width: 1.5; }
        svg .edge-label { font-size: 11px; font-weight: bold; }
        .sign-off { border: 1px solid #767676; padding: 0.5rem 1rem; margin: 1rem 0; break-inside: avoid; }
        .sign-line { border-bottom: 1px solid #1b1b1b; padding-top: 1.2rem; }
        @media print {
          body { max-width: none; padding: 0; }
          section.part { break-before: page; }
          section.part:first-of-type { break-before: auto; }
          .question, .node, .block, figure { break-inside: avoid; }
          nav { display: none; }
        }
        """;

    /// <summary>The pack's parts, in order: their ids, titles and writers.</summary>
    private static IEnumerable<(string Id, string Title, Action<ReviewHtml> Write)> Parts(ReviewContext context) =>
    [
        ("course-text", "Course text, in course order", new CourseTextPart(context).Write),
        ("question-bank", "Question bank and knowledge checks", new QuestionBankPart(context).Write),
        ("scenarios", "Scenarios", new ScenariosPart(context).Write),
        ("coverage", "Outcome coverage", new CoveragePart(context).Write),
        ("findings", "Item-writing findings and warnings", new FindingsPart(context).Write),
        ("references", "References", new ReferencesPart(context).Write),
        ("review-record", "Review record and sign-off", new ReviewRecordPart(context).Write),
    ];

    /// <summary>How many parts the pack has.</summary>
    public const int PartCount = 7;

    /// <param name="context">The course and its findings.</param>
    /// <param name="changes">What changed since an earlier release, to mark; null marks nothing.</param>
    public static byte[] Write(ReviewContext context, IReviewChanges? changes = null)
    {
        var course = context.Course;
        var parts = Parts(context).ToList();
        var html = new ReviewHtml { Changes = changes ?? NoChanges.Instance };
        html.Open("header").Element("h1", $"Review pack: {course.Title}");
        html.Open("dl", ("class", "facts"));
        Fact(html, "Course id", course.Id);
        Fact(html, "Version", course.Version);
        Fact(html, "Language", course.Language);
        Fact(html, "Description", course.Description);
        Fact(html, "Authors", string.Join(", ", course.Authors));
        Fact(html, "Duration", $"{course.DurationMinutes} minutes");
        Fact(html, "Learning outcomes", string.Join("; ", course.Outcomes.Select(o => $"{o.Id}: {o.Text}")));
        if (html.Changes.ComparedWith is { } release)
        {
            Fact(html, "Compared with", release);
        }

        html.Close("dl");
        html.Element("p", "Each block of text is labelled with the file and line it comes from (file:line): quote the label with your comment.");
        if (html.Changes.ComparedWith is not null)
        {
            html.Element("p", "Beside a label, 'added', 'reworded' or 'key changed' says what changed since that release; " +
                "what learners no longer see is listed as 'Removed since' at the end of its part.");
        }
        html.Close("header");
        html.Open("nav", ("aria-label", "Parts of this pack")).Open("ol");
        foreach (var (id, title, _) in parts)
        {
            html.Open("li").Open("a", ("href", $"#{id}")).Text(title).Close("a").Close("li");
        }

        html.Close("ol").Close("nav").Open("main");
        foreach (var (id, title, write) in parts)
        {
            html.Open("section", ("class", "part"), ("id", id), ("aria-labelledby", $"{id}-title"));
            html.Element("h2", title, ("id", $"{id}-title"));
            write(html);
            html.Close("section");
        }

        html.Close("main");
        return Encoding.UTF8.GetBytes(Document(course, html));
    }

    /// <summary>What a written pack holds, for the line that says it was written: 'one HTML file (45,678 bytes) with 9 parts, 7 questions, …'.</summary>
    public static string Holds(Course course, long bytes, IReviewChanges changes)
    {
        var checks = course.Parts.SelectMany(p => p.Bodies).Sum(b => b.Blocks.OfType<Kinds.Checks.KnowledgeCheck>().Count());
        var counts = new[]
        {
            (course.Parts.Count, "course part"),
            (course.Parts.OfType<Kinds.Quizzes.Quiz>().Sum(q => q.Questions.Count), "question"),
            (checks, "knowledge check"),
            (course.Parts.OfType<Kinds.Scenarios.Scenario>().Count(), "scenario"),
            (course.Parts.OfType<Kinds.References.ReferenceList>().Sum(l => l.All.Count()), "reference"),
        }.Where(c => c.Item1 > 0).Select(c => Count(c.Item1, c.Item2)).ToArray();
        var since = changes.ComparedWith is null ? "" : ", with what changed since the release compared with marked";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"one HTML file ({bytes:N0} bytes) in {PartCount} sections, reviewing {(counts.Length == 1 ? counts[0] : $"{string.Join(", ", counts[..^1])} and {counts[^1]}")}{since}");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Document(Course course, ReviewHtml body) =>
        ReviewHtml.Page(course.Language, $"Review pack: {course.Title} {course.Version}", s_style, body);

    private static void Fact(ReviewHtml html, string name, string value) => html.Element("dt", name).Element("dd", value);
}
