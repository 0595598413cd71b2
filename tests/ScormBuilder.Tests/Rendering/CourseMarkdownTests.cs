using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering.Markdown;
using ScormBuilder.Sources;

namespace ScormBuilder.Tests.Rendering;

/// <summary>The Markdig extensions that fit each body into the one page, one feature a test.</summary>
public sealed class CourseMarkdownTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sb-markdown-").FullName;

    public CourseMarkdownTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "sessions"));
        Directory.CreateDirectory(Path.Combine(_root, "case-studies"));
        Directory.CreateDirectory(Path.Combine(_root, "media"));
    }

    [Fact]
    public void Should_point_a_link_to_another_part_at_that_part_on_the_page() =>
        Assert.Contains("<a href=\"#cs-kathy--what-happened\"", Render("See [Kathy](../case-studies/kathy.md#what-happened)."), StringComparison.Ordinal);

    [Fact]
    public void Should_point_a_link_to_a_part_without_an_anchor_at_the_part_itself() =>
        Assert.Contains("<a href=\"#cs-kathy\"", Render("See [Kathy](../case-studies/kathy.md)."), StringComparison.Ordinal);

    [Fact]
    public void Should_point_a_link_within_the_same_file_at_the_heading_of_its_own_part() =>
        Assert.Contains("<a href=\"#s-intro--later\"", Render("See [below](#later).\n\n## Later\n"), StringComparison.Ordinal);

    [Fact]
    public void Should_name_a_media_file_by_its_place_in_the_package() =>
        Assert.Contains("src=\"media/figure.png\"", Render("![A figure](../media/figure.png)"), StringComparison.Ordinal);

    [Fact]
    public void Should_start_each_heading_id_with_its_part_id() =>
        Assert.Contains("<h2 id=\"s-intro--what-you-will-learn\"", Render("## What you will learn\n"), StringComparison.Ordinal);

    [Fact]
    public void Should_start_an_explicit_heading_id_with_its_part_id_too() =>
        Assert.Contains("<h2 id=\"s-intro--aims\"", Render("## What you will learn {#aims}\n"), StringComparison.Ordinal);

    [Fact]
    public void Should_open_links_to_other_sites_beside_the_course() =>
        Assert.Matches("<a href=\"https://example.org/\"[^>]* target=\"_blank\" rel=\"noopener noreferrer\">", Render("[Example](https://example.org/)"));

    [Fact]
    public void Should_keep_links_within_the_course_in_the_course_window() =>
        Assert.DoesNotContain("_blank", Render("See [Kathy](../case-studies/kathy.md)."), StringComparison.Ordinal);

    [Fact]
    public void Should_open_email_autolinks_beside_the_course() =>
        Assert.Contains("target=\"_blank\" rel=\"noopener noreferrer\"", Render("<someone@example.org>"), StringComparison.Ordinal);

    [Fact]
    public void Should_nest_a_transcript_one_heading_level_deeper()
    {
        var html = Markdown().ToHtml(Read("## Part one\n\n### Detail\n"), headingOffset: 1);

        Assert.Contains("<h3 id=\"s-intro--part-one\"", html, StringComparison.Ordinal);
        Assert.Contains("<h4 id=\"s-intro--detail\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_the_outcomes_where_a_page_asks_for_them()
    {
        var outcomes = new[] { new LearningOutcome("lo-a", "Name the <risks>", default) };

        var html = Markdown().ToHtml(Read("You will:\n\n{{outcomes}}\n"), 0, outcomes);

        Assert.Contains("<ul class=\"sb-outcomes\">\n<li>Name the &lt;risks&gt;</li>\n</ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{outcomes}}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_the_placeholder_alone_where_no_outcomes_were_asked_for() =>
        Assert.Contains("{{outcomes}}", Render("{{outcomes}}\n"), StringComparison.Ordinal);

    [Fact]
    public void Should_mark_each_block_with_its_line_for_the_checks_on_the_page()
    {
        var html = Render("First.\n\nSecond.\n", firstLine: 7);

        Assert.Contains("<p data-sb-line=\"2\">Second.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_align_table_columns_by_class_which_the_pages_csp_allows()
    {
        var html = Render("| Left | Middle | Right |\n|:---|:---:|---:|\n| a | b | c |\n");

        Assert.Contains("<th class=\"sb-align-left\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"sb-align-center\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"sb-align-right\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_the_same_body_the_same_way_twice()
    {
        var source = Read("## Heading\n\nSee [Kathy](../case-studies/kathy.md) and [Example](https://example.org/).\n");
        var markdown = Markdown();

        Assert.Equal(markdown.ToHtml(source), markdown.ToHtml(source));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Render(string text, int firstLine = 5) => Markdown().ToHtml(Read(text, firstLine));

    private static CourseMarkdown Markdown() =>
        new(new Dictionary<string, string> { ["sessions/01-intro.md"] = "s-intro", ["case-studies/kathy.md"] = "cs-kathy" });

    private MarkdownSource Read(string text, int firstLine = 5)
    {
        File.WriteAllText(Path.Combine(_root, "case-studies", "kathy.md"), "");
        File.WriteAllText(Path.Combine(_root, "media", "figure.png"), "");
        var diagnostics = new DiagnosticBag();
        var source = new MarkdownReader(new CourseFolder(_root), diagnostics, []).Read("sessions/01-intro.md", "s-intro", text, firstLine);
        Assert.Empty(diagnostics.ToSortedList());
        return source;
    }
}
