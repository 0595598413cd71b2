using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.ReviewPack;

/// <summary>
/// The review pack's visible text for the drawn fixture course, with a review record, pinned as a golden file: what a
/// reviewer reads, part by part, each block under its 'file:line'.
/// </summary>
public sealed class ReviewPackTextTests : IDisposable
{
    private const string Record = """
        owner: Test course team
        required_reviews: [clinical, editorial]
        reviews:
          - {role: editorial, by: Test Editor, date: 2026-12-02, version: 0.1.0}
        next_review: 2027-12-01
        """;

    // Checked on the reviewing day's clock (2026-12-06): R1 recently, R2 over 12 months ago, R3 never.
    private const string References = """
        id: references
        title: References
        intro: We checked each reference against the page it names.
        references:
          - id: R1
            title: Guidance on social media
            publisher: Example Regulator
            date: Page updated 1 March 2025
            url: https://www.example.org/guidance
            checked: 2026-11-30
            checked_how: live
        groups:
          - heading: Services
            references:
              - id: R2
                title: A helpline
                author: Example, A.
                url: https://www.example.org/helpline
                note: Open every day.
                checked: 2025-06-01
                checked_how: stored
              - id: R3
                title: A leaflet
        """;

    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.DrawnCourse);

    public ReviewPackTextTests()
    {
        _course.Write("course.yaml", _course.Read("course.yaml").Replace("  - pages/references.md\n", "  - references.yaml\n", StringComparison.Ordinal) + Record + "\n");
        _course.Write("references.yaml", References + "\n");
        File.Delete(Path.Combine(_course.CourseDirectory, "pages", "references.md"));
    }

    [Fact]
    public void Should_show_every_text_key_finding_and_the_review_record_as_the_golden_file_does()
    {
        // Given the drawn course with a review record, reviewed on a fixed day
        var output = Path.Combine(_course.OutputDirectory, "pack.html");

        // When its review pack is written
        var result = Reviewer().Run(new ReviewOptions(_course.CourseDirectory, RepoPaths.Templates, output));

        // Then its visible text is the reviewed one
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        GoldenFile.Match("review-pack/drawn.txt", VisibleText(File.ReadAllText(output)));
    }

    [Fact]
    public void Should_say_in_words_when_each_reference_was_checked_and_which_checks_are_old_or_missing()
    {
        var output = Path.Combine(_course.OutputDirectory, "pack.html");

        var result = Reviewer().Run(new ReviewOptions(_course.CourseDirectory, RepoPaths.Templates, output));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var blocks = new HtmlParser().ParseDocument(File.ReadAllText(output)).QuerySelectorAll("#references .reference").Select(b => b.TextContent).ToList();
        Assert.Equal(3, blocks.Count);
        Assert.Contains("2026-11-30, against the live page.", blocks[0], StringComparison.Ordinal);
        Assert.Contains("https://www.example.org/guidance", blocks[0], StringComparison.Ordinal);
        Assert.Contains("2025-06-01, against a stored copy. Older than the 12 months references_max_age_months allows (warning SB2064)", blocks[1], StringComparison.Ordinal);
        Assert.Contains("Never checked (warning SB2065)", blocks[2], StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "SB2064");
    }

    [Fact]
    public void Should_escape_author_text_and_never_run_it()
    {
        // Given an outcome and a question stem that hold markup
        _course.Replace("quiz.yaml", "text: What comes first?", "text: \"What <script>alert(1)</script> comes <b>first</b>?\"");
        var output = Path.Combine(_course.OutputDirectory, "pack.html");

        // When the pack is written
        var result = Reviewer().Run(new ReviewOptions(_course.CourseDirectory, RepoPaths.Templates, output));

        // Then the markup is text on the page: no script element, no b element, the words shown as written
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var document = new HtmlParser().ParseDocument(File.ReadAllText(output));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("main b"));
        Assert.Contains("What <script>alert(1)</script> comes <b>first</b>?", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Apply the <right> rule.", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_a_finding_on_an_outcome_in_its_row_of_the_coverage_table()
    {
        // Given lo-one assessed by two questions only (q-tf no longer names it)
        _course.Replace("quiz.yaml", "outcomes: [lo-one]\n    pool: first\n    text: Privacy settings", "pool: first\n    text: Privacy settings");
        var output = Path.Combine(_course.OutputDirectory, "pack.html");

        // When the pack is written
        var result = Reviewer().Run(new ReviewOptions(_course.CourseDirectory, RepoPaths.Templates, output));

        // Then the outcome's row says so
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var row = new HtmlParser().ParseDocument(File.ReadAllText(output)).QuerySelectorAll("table.coverage tbody tr").First();
        Assert.Contains("Item-writing finding SB2057: Outcome 'lo-one' is assessed by 2", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mark_beside_its_label_each_block_the_changes_say_changed()
    {
        // Given a comparison that says one paragraph of the welcome page was reworded
        var diagnostics = new ScormBuilder.Diagnostics.DiagnosticBag();
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics)!;

        // When the pack is written with it
        var text = VisibleText(System.Text.Encoding.UTF8.GetString(
            ScormBuilder.ReviewPack.ReviewPackWriter.Write(new ScormBuilder.ReviewPack.ReviewContext(course, []), new OneChange("pages/welcome.md", 9))));

        // Then that block, and only it, carries the mark
        Assert.Contains("pages/welcome.md:9\nreworded\nStart with the introduction.", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), l => l == "reworded");
    }

    private sealed class OneChange(string path, int line) : ScormBuilder.ReviewPack.IReviewChanges
    {
        public string? ComparedWith => null;

        public IReadOnlyList<string> RemovedParts => [];

        public string? MarkAt(string atPath, int atLine) => atPath == path && atLine == line ? "reworded" : null;

        public IReadOnlyList<string> RemovedFrom(string partId) => [];
    }

    /// <summary>Every piece of text on the page (the SVG's too), one a line, as a reader meets them.</summary>
    internal static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = document.Body!.Descendants<IText>()
            .Select(t => string.Join(' ', t.Data.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0);
        return string.Join('\n', lines) + "\n";
    }

    internal static CourseReviewer Reviewer() =>
        new(new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2026-12-06T12:00:00Z")).Build()));

    public void Dispose() => _course.Dispose();
}
