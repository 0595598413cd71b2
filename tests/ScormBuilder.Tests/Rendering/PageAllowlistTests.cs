using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Rendering;

/// <summary>
/// The attacks that got past the old fragment-by-fragment checks, and their variants: each one written into a
/// sound course must fail the build with the code at the author's line, and leave no zip.
/// </summary>
public sealed class PageAllowlistTests
{
    internal sealed record Case(string Name, string Markdown, string Code, int Line)
    {
        public override string ToString() => Name;
    }

    // Each replaces alex.md's line 9; the next paragraph starts on line 11.
    private static readonly Case[] s_cases =
    [
        new("comment then script on one line", "<!-- note --> <script>alert(1)</script>", "SB3009", 9),
        new("comment then script in a paragraph", "Text <!-- note --> <script>alert(1)</script>", "SB3009", 9),
        new("comment closed by --!>", "Text <!-- x --!> <script>alert(1)</script> -->", "SB3009", 9),
        new("block comment closed by --!>", "<!-- x --!> <img src=x onerror=alert(1)> -->", "SB3009", 9),
        new("abrupt comment <!-->", "Text <!--> <script>alert(1)</script> -->", "SB3009", 9),
        new("generic onclick on a heading", "## Title {onclick=\"alert(1)\"}", "SB3009", 9),
        new("generic onmouseover and style on a link", "[a](https://example.org){onmouseover=\"alert(1)\" style=\"color:red\"}", "SB3009", 9),
        new("generic style on a heading", "## Title {style=\"background:url(https://x.example/t.gif)\"}", "SB3009", 9),
        new("generic srcset on an image", "![a](../media/diagram.png){srcset=\"https://x.example/t.png 1x\"}", "SB3009", 9),
        new("generic title is not id or class", "## Title {title=\"hello\"}", "SB3009", 9),
        new("unclosed quote swallows the next paragraph", "<div title='\n\n<img src=x onerror=alert(1)>' onclick='alert(1)'>x</div>", "SB3009", 9),
        new("CSS escape hides url()", "<span style=\"background:\\75 rl(https://x.example/t.gif)\">a</span>", "SB3011", 9),
        new("CSS comment inside url()", "<span style=\"background:u/**/rl(https://x.example/t.gif)\">a</span>", "SB3011", 9),
        new("image-set() in a style", "<span style=\"background-image:image-set('https://x.example/t.png' 1x)\">a</span>", "SB3011", 9),
        new("-webkit-image-set() in a style", "<span style=\"background-image:-webkit-image-set(url(https://x.example/t.png) 1x)\">a</span>", "SB3011", 9),
        new("a property not on the list", "<span style=\"position:fixed\">a</span>", "SB3011", 9),
        new("raw srcset on an image", "<img alt=\"a\" src=\"data:image/png;base64,AA==\" srcset=\"https://x.example/t.png 1x\">", "SB3009", 9),
        new("javascript: with a tab in it", "<a href=\"java\tscript:alert(1)\" target=\"_blank\">a</a>", "SB3010", 9),
        new("entity-encoded javascript:", "<a href=\"&#106;avascript:alert(1)\" target=\"_blank\">a</a>", "SB3010", 9),
        new("protocol-relative link", "<a href=\"//x.example/\" target=\"_blank\">a</a>", "SB3010", 9),
        new("data: SVG image", "<img alt=\"a\" src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "SB3010", 9),
        new("remote image in raw HTML", "<img alt=\"a\" src=\"https://x.example/t.png\">", "SB3008", 9),
        new("svg element", "<svg><script>alert(1)</script></svg>", "SB3009", 9),
        new("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example\">", "SB3009", 9),
        new("form", "<form action=\"https://x.example\"><button>Go</button></form>", "SB3009", 9),
        new("a build mark's name hiding a handler from the check", "<span title=' data-sb-line=\"'>a\" x=' onmouseover=alert(1) y='>b</span>", "SB3009", 9),
        new("a build mark's name in a raw block", "<div data-sb-src=\"x\">\nText\n</div>", "SB3009", 9),
        new("handler on a later line of a raw block", "<div>\ntext\n<b onclick=\"alert(1)\">x</b>\n</div>", "SB3009", 11),
    ];

    public static TheoryData<string> CaseNames => [.. s_cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Should_refuse_the_attack_at_the_authors_line_and_write_no_zip(string name)
    {
        // Given
        var @case = s_cases.Single(c => c.Name == name);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("case-studies/alex.md", "Alex posted a helpful thread.", @case.Markdown);

        // When
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);

        // Then
        Assert.Equal(1, run.ExitCode);
        var where = $"{course.CourseDirectory}/case-studies/alex.md({@case.Line},";
        Assert.True(run.Stderr.Split('\n').Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains($": error {@case.Code}: ", StringComparison.Ordinal)),
            $"Expected {@case.Code} at {where}, got:\n{run.Stderr}");
        Assert.Empty(course.OutputFiles());
        Assert.DoesNotContain("internal error", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<abbr title=\"Health and Care Professions Council\">HCPC</abbr> and <kbd>Ctrl</kbd>")]
    [InlineData("<span style=\"color: rgb(0, 51, 102); text-align: center\">a</span>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" rel=\"noopener\">x</a> <a href=\"mailto:a@example.org\">mail</a>")]
    [InlineData("## Title {#my-title .note}")]
    [InlineData("<details open><summary>More</summary><p>Hidden</p></details>")]
    public void Should_build_allowed_markup(string markdown)
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("case-studies/alex.md", "Alex posted a helpful thread.", markdown);

        var run = CliRunner.InProcess("check", course.CourseDirectory, "--templates", RepoPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Should_drop_comments_and_marks_from_the_page()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "<!-- a reviewer's note -->\n\nText <!-- inline note --> and <b>bold</b>.");

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Output);
        var page = ScormPackage.Open(Assert.Single(course.OutputFiles())).Text("index.html");
        Assert.DoesNotContain("<!--", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-sb-", page, StringComparison.Ordinal);
        Assert.Contains("Text  and <b>bold</b>.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_handler_the_author_puts_on_the_pages_body_out_of_the_page()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "<body onload=\"alert(1)\">");

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);

        // Parsed where it sits, inside its part, the body's <body> tag is nothing: a browser ignores it there too.
        Assert.True(run.ExitCode == 0, run.Output);
        var page = ScormPackage.Open(Assert.Single(course.OutputFiles())).Text("index.html");
        Assert.DoesNotContain("onload", page, StringComparison.Ordinal);
        Assert.Contains("<body>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_every_allowed_element_in_the_authoring_guide()
    {
        var guide = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "authoring.md"));
        var row = Assert.Single(guide, l => l.StartsWith("| elements |", StringComparison.Ordinal));
        var listed = row.Split('`', ' ', '–').ToHashSet(StringComparer.Ordinal);

        Assert.All(ScormBuilder.Rendering.PageAllowlist.Elements.Where(e => e is not ("h3" or "h4" or "h5")), e => Assert.Contains(e, listed));
    }
}
