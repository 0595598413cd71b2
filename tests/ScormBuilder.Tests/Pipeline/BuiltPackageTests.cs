using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>Given the minimal test course, when it is built, then the package is what an LMS expects.</summary>
public sealed class BuiltPackageTests : IClassFixture<BuiltPackageTests.MinimalBuild>
{
    private readonly MinimalBuild _build;

    public BuiltPackageTests(MinimalBuild build) => _build = build;

    [Fact]
    public void Should_pass_the_scorm_schemas_and_the_checks_they_miss() => Assert.Empty(_build.Package.Problems());

    [Fact]
    public void Should_match_the_golden_manifest() => GoldenFile.Match("minimal/imsmanifest.xml", _build.Package.ManifestText);

    [Fact]
    public void Should_match_the_golden_page() => GoldenFile.Match("minimal/index.html", _build.Package.Text("index.html"));

    [Fact]
    public void Should_name_the_zip_after_id_and_version() =>
        Assert.Equal("minimal-course-0.1.0-scorm12.zip", Path.GetFileName(_build.ZipPath));

    [Fact]
    public void Should_ship_the_four_schema_files_unchanged()
    {
        foreach (var xsd in new[] { "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, xsd)), _build.Package.Entries[xsd]);
        }
    }

    [Fact]
    public void Should_ship_the_runtime_and_styles_minified_where_preview_serves_them_as_written()
    {
        var diagnostics = new ScormBuilder.Diagnostics.DiagnosticBag();
        using var previewed = CourseCompiler.Default.Compile(RepoPaths.MinimalCourse, RepoPaths.Templates, diagnostics);
        Assert.NotNull(previewed);

        foreach (var path in new[] { "assets/runtime.js", "assets/course.css" })
        {
            var written = previewed.Site.Find(path)!.Content!;
            var shipped = _build.Package.Entries[path];
            Assert.True(shipped.Length < written.Length * 4 / 5, $"{path}: {shipped.Length:N0} bytes shipped, {written.Length:N0} as written.");
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "assets", "course.css")), previewed.Site.Find("assets/course.css")!.Content);
    }

    [Fact]
    public void Should_carry_the_media_the_course_uses() =>
        Assert.Superset(new HashSet<string> { "media/diagram.png", "media/summary.mp4", "media/summary.vtt" }, _build.Package.Entries.Keys.ToHashSet());

    [Fact]
    public void Should_load_nothing_from_another_host()
    {
        var page = _build.Package.Text("index.html");
        var external = System.Text.RegularExpressions.Regex.Matches(page, @"(?:src|href)=""(https?:[^""]*)""")
            .Select(m => m.Groups[1].Value)
            .Where(url => !IsOpenedInNewWindow(page, url));
        Assert.Empty(external);
        Assert.DoesNotContain("@import", _build.Package.Text("assets/course.css"), StringComparison.Ordinal);
        Assert.DoesNotContain("url(http", _build.Package.Text("assets/course.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_masteryscore_only_when_the_course_sets_one()
    {
        Assert.Contains("<adlcp:masteryscore>75</adlcp:masteryscore>", _build.Package.ManifestText, StringComparison.Ordinal);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("course.yaml", "mastery_score: 75\n", "");
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        Assert.Equal(0, run.ExitCode);
        var package = ScormPackage.Open(Assert.Single(course.OutputFiles()));
        Assert.DoesNotContain("masteryscore", package.ManifestText, StringComparison.Ordinal);
        Assert.Empty(package.Problems());
    }

    // Links to other sites are fine when they open in a new window: nothing is loaded into the course itself.
    private static bool IsOpenedInNewWindow(string page, string url) =>
        page.Contains($"<a href=\"{url}\" target=\"_blank\" rel=\"noopener noreferrer\"", StringComparison.Ordinal);

    public sealed class MinimalBuild : IDisposable
    {
        private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        public MinimalBuild()
        {
            var run = CliRunner.InProcess("build", _course.CourseDirectory, "-o", _course.OutputDirectory, "--templates", RepoPaths.Templates);
            Assert.True(run.ExitCode == 0, run.Output);
            ZipPath = Assert.Single(_course.OutputFiles());
            Package = ScormPackage.Open(ZipPath);
        }

        public string ZipPath { get; }

        internal ScormPackage Package { get; }

        public void Dispose() => _course.Dispose();
    }
}
