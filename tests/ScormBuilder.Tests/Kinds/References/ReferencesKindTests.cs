using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.References;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Kinds.References;

/// <summary>
/// references.yaml in the minimal course, in place of its Markdown references page: how long a check stays current
/// (judged on a fixed clock, so the answer does not change with the day the tests run), '--strict', and the page.
/// </summary>
public sealed class ReferencesKindTests : IDisposable
{
    private const string References = """
        id: references
        title: References & reading
        intro: How we **checked** these.
        references:
          - id: R1
            title: "Guidance <on> posting"
            author: Example, A.
            publisher: Example Regulator
            date: Page updated 1 March 2026
            url: https://www.example.org/guidance?a=1&b=2
            note: Used for the *top tips*.
            checked: 2026-12-06
            checked_how: stored
        groups:
          - heading: Services
            intro: Named in session 2.
            references:
              - id: R2
                title: Helpline
                checked: 2026-06-30
                checked_how: live
        outro: Your employer's policy comes first.
        """;

    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

    public ReferencesKindTests()
    {
        File.Delete(_course.PathOf("pages/references.md"));
        _course.Replace("course.yaml", "  - pages/references.md", "  - references.yaml");
        _course.Write("references.yaml", References);
    }

    public void Dispose() => _course.Dispose();

    [Theory]
    [InlineData("2026-12-06T12:00:00Z")]
    [InlineData("2027-06-30T12:00:00Z")]
    public void Should_not_warn_while_every_check_is_within_twelve_months(string now)
    {
        var result = BuildOn(now, strict: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_warn_the_day_a_check_is_more_than_twelve_months_old()
    {
        var result = BuildOn("2027-07-01T12:00:00Z", strict: false);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ReferenceCheckOld, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("Reference 'R2' was last checked on 2026-06-30, more than 12 months ago", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Should_take_the_limit_from_references_max_age_months()
    {
        _course.Write("course.yaml", _course.Read("course.yaml") + "references_max_age_months: 3\n");

        var result = BuildOn("2027-01-01T12:00:00Z", strict: false);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ReferenceCheckOld, warning.Code);
        Assert.Contains("'R2'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("more than 3 months ago", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_warn_about_a_reference_never_checked_at_its_id()
    {
        _course.Replace("references.yaml", "    checked: 2026-12-06\n    checked_how: stored\n", "");

        var result = BuildOn("2026-12-06T12:00:00Z", strict: false);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ReferenceNeverChecked, "references.yaml", 5), (warning.Code, Path.GetFileName(warning.Location.Path), warning.Location.Line));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Should_fail_a_strict_build_with_an_old_check()
    {
        var result = BuildOn("2028-01-01T12:00:00Z", strict: true);

        Assert.Equal([(DiagnosticCodes.ReferenceCheckOld, DiagnosticSeverity.Error), (DiagnosticCodes.ReferenceCheckOld, DiagnosticSeverity.Error)],
            result.Diagnostics.Select(d => (d.Code, d.Severity)));
        Assert.False(result.Succeeded);
        Assert.Null(result.Summary?.PackagePath);
    }

    [Fact]
    public void Should_load_each_reference_with_its_check()
    {
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, new DiagnosticBag());

        var list = Assert.Single(course!.Parts.OfType<ReferenceList>());
        Assert.Equal(("references", false), (list.Id, list.Required));
        Assert.Equal([null, "Services"], list.Groups.Select(g => g.Heading));
        Assert.Equal(["R1", "R2"], list.All.Select(r => r.Id));
        Assert.Equal([(new DateOnly(2026, 12, 6), "stored"), (new DateOnly(2026, 6, 30), "live")],
            list.All.Select(r => (r.Checked!.Date, r.Checked.How)));
    }

    [Fact]
    public void Should_render_the_page_with_each_reference_escaped_and_its_check()
    {
        var result = BuildOn("2026-12-06T12:00:00Z", strict: false);

        Assert.True(result.Summary?.PackagePath is not null, string.Join('\n', result.Diagnostics));
        var page = ScormPackage.Open(result.Summary!.PackagePath!).Text("index.html");
        Assert.Contains("<h1 id=\"references-title\" tabindex=\"-1\">References &amp; reading</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<li class=\"sb-reference\" id=\"references--R1\">", page, StringComparison.Ordinal);
        Assert.Contains("<strong>R1.</strong> Example, A. <cite>Guidance &lt;on&gt; posting</cite>. Example Regulator. Page updated 1 March 2026.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.example.org/guidance?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer\">", page, StringComparison.Ordinal);
        Assert.Contains("<em>top tips</em>", page, StringComparison.Ordinal);
        Assert.Contains("Checked 2026-12-06 against a stored copy.", page, StringComparison.Ordinal);
        Assert.Contains("Checked 2026-06-30 against the live page.", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Services</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>checked</strong>", page, StringComparison.Ordinal);
        Assert.Contains("policy comes first.</p>", page, StringComparison.Ordinal);
    }

    private BuildResult BuildOn(string now, bool strict)
    {
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock(now)).Build());
        return compiler.Run(new BuildOptions(_course.CourseDirectory, RepoPaths.Templates, _course.OutputDirectory, Strict: strict));
    }
}
