using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering.Markdown;
using ScormBuilder.Sources;

namespace ScormBuilder.Tests.Rendering.Markdown;

/// <summary>Reveals on the page: native details, and tabs that read as headed sections until the runtime upgrades them.</summary>
public sealed class RevealsExtensionTests : IDisposable
{
    private const string TwoTabs = ":::: tabs\n::: tab Before <b>\nOne.\n:::\n::: tab After\nTwo.\n:::\n::::\n";

    private readonly string _root = Directory.CreateTempSubdirectory("sb-reveals-").FullName;

    [Fact]
    public void Should_render_an_accordion_as_native_details_with_its_summary() =>
        Assert.Matches("<details class=\"sb-reveal\" [^>]*><summary>Show &amp; tell</summary>\n<p[^>]*>It is <strong>42</strong>.</p>\n</details>",
            Render("::: details Show & tell\nIt is **42**.\n:::\n"));

    [Fact]
    public void Should_mark_a_reveal_with_its_line_for_the_checks_on_the_page() =>
        Assert.Contains("<details class=\"sb-reveal\" data-sb-line=\"2\">", Render("Text.\n\n::: details Show\nx\n:::\n"), StringComparison.Ordinal);

    [Fact]
    public void Should_render_each_tab_as_a_panel_under_its_title_as_a_heading()
    {
        var html = Render(TwoTabs);

        Assert.Contains("<div id=\"s-intro--tabs-1\" class=\"sb-tabs\"", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"s-intro--tabs-1-1\" class=\"sb-tab-panel\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"sb-tab-title\" id=\"s-intro--tabs-1-1-title\">Before &lt;b&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"sb-tab-title\" id=\"s-intro--tabs-1-2-title\">After</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_tab_titles_the_level_below_the_heading_they_follow() =>
        Assert.Contains("<h4 class=\"sb-tab-title\"", Render("## A\n\n### B\n\n" + TwoTabs), StringComparison.Ordinal);

    [Fact]
    public void Should_number_the_tabs_of_a_body_so_their_ids_differ()
    {
        var html = Render(TwoTabs + "\n" + TwoTabs);

        Assert.Contains("id=\"s-intro--tabs-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"s-intro--tabs-2-2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_inline_double_colons_as_text() =>
        Assert.Contains("a ::b:: c", Render("a ::b:: c\n"), StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Render(string text)
    {
        var diagnostics = new DiagnosticBag();
        var source = new MarkdownReader(new CourseFolder(_root), diagnostics, []).Read("sessions/01-intro.md", "s-intro", text, 5);
        Assert.Empty(diagnostics.ToSortedList());
        return new CourseMarkdown(new Dictionary<string, string> { ["sessions/01-intro.md"] = "s-intro" }).ToHtml(source);
    }
}
