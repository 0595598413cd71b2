using AngleSharp.Html.Parser;
using ScormBuilder.Kinds.Reflections;
using ScormBuilder.Loading;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Kinds.Reflections;

/// <summary>Reflection prompts grouped by 'section:' (What? So what? Now what?) on the page and in the CPD record.</summary>
public sealed class ReflectionSectionsTests : IDisposable
{
    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

    public ReflectionSectionsTests()
    {
        _course.Replace("reflection.md", "  - id: r-audience\n", "  - id: r-learned\n    section: What?\n    text: What did you learn?\n  - id: r-audience\n    section: What?\n");
        _course.Replace("reflection.md", "  - id: r-change\n", "  - id: r-change\n    section: Now what?\n");
    }

    public void Dispose() => _course.Dispose();

    [Fact]
    public void Should_group_consecutive_prompts_that_share_a_section()
    {
        var diagnostics = new ScormBuilder.Diagnostics.DiagnosticBag();
        var reflection = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics)!.Reflection!;

        Assert.Equal([("What?", "r-learned,r-audience"), ("Now what?", "r-change")],
            reflection.Sections.Select(s => (s.Title, string.Join(',', s.Prompts.Select(p => p.Id)))));
    }

    [Fact]
    public void Should_show_each_section_as_a_group_in_the_form_and_a_heading_in_the_cpd_record()
    {
        var result = CourseCompiler.Default.Run(new BuildOptions(_course.CourseDirectory, RepoPaths.Templates, _course.OutputDirectory));

        Assert.True(result.Summary?.PackagePath is not null, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(ScormPackage.Open(result.Summary!.PackagePath!).Text("index.html"));
        var groups = page.QuerySelectorAll(".sb-reflection-form fieldset.sb-reflection-section");
        Assert.Equal(["What?", "Now what?"], groups.Select(g => g.QuerySelector("legend")!.TextContent));
        Assert.Equal(2, groups[0].QuerySelectorAll("textarea").Length);
        Assert.Equal(["What?", "Now what?"], page.QuerySelectorAll(".sb-cpd-section").Select(h => h.TextContent));
        Assert.Equal("r-change", page.QuerySelectorAll(".sb-cpd-section")[1].NextElementSibling!.QuerySelector("dd")!.GetAttribute("data-cpd-answer"));
    }

    [Fact]
    public void Should_keep_a_reflection_without_sections_as_one_plain_list()
    {
        using var plain = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var result = CourseCompiler.Default.Run(new BuildOptions(plain.CourseDirectory, RepoPaths.Templates, plain.OutputDirectory));

        var page = new HtmlParser().ParseDocument(ScormPackage.Open(result.Summary!.PackagePath!).Text("index.html"));
        Assert.Empty(page.QuerySelectorAll(".sb-reflection-section, .sb-cpd-section"));
        Assert.Equal(2, page.QuerySelectorAll(".sb-reflection-form textarea").Length);
    }
}
