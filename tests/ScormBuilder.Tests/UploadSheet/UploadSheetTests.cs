using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;
using ScormBuilder.Targets;
using ScormBuilder.Tests.Support;
using ScormBuilder.Tests.Targets;
using ScormBuilder.UploadSheet;

namespace ScormBuilder.Tests.UploadSheet;

/// <summary>
/// The uploader's sheet: Learning Hub's for a fixture course pinned as a golden file, course text escaped, and the
/// real CLI writing it beside the zip with that zip's own size and SHA-256.
/// </summary>
public sealed class UploadSheetTests
{
    private const string Listing = """
        keywords: [social media, "risks & <rules>"]
        licence: CC BY-NC 4.0
        certificate: true

        """;

    private static readonly PackageFacts s_package = new("minimal-course-0.1.0-scorm12.zip", 12345, new string('a', 64));

    [Fact]
    public void Should_write_learning_hubs_sheet_as_the_golden_file_does()
    {
        // Given the minimal course with Learning Hub's listing facts, and a package of known size and hash
        using var course = new TargetCourse(Listing);

        // When its Learning Hub sheet is written
        var html = Sheet(course, "learninghub");

        // Then it is the reviewed page, byte for byte
        GoldenFile.Match("upload-sheet/learninghub.html", html);
    }

    [Fact]
    public void Should_list_the_form_fields_in_the_forms_order_with_the_courses_values_escaped()
    {
        using var course = new TargetCourse(Listing);
        course.Course.Replace("course.yaml", "description: One of each kind of part, for the tests.",
            "description: \"Read <script>alert(1)</script> & <b>this</b>\"");

        var document = new HtmlParser().ParseDocument(Sheet(course, "learninghub"));

        // The labels in Learning Hub's order, each value plain text on the page, only the sheet's own script
        Assert.Equal(["Title", "Description", "Keywords", "Licence", "Authors", "Certificate"],
            document.QuerySelectorAll("#form-title ~ dl dt").Select(dt => dt.ChildNodes[0].TextContent).ToArray());
        Assert.Equal("Read <script>alert(1)</script> & <b>this</b>", document.GetElementById("field-2")!.TextContent);
        Assert.Equal("social media, risks & <rules>", document.GetElementById("field-3")!.TextContent);
        Assert.Single(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("main b"));
        var checks = document.QuerySelectorAll("#checks-title ~ ul li");
        Assert.Equal(2, checks.Length);
        Assert.All(checks, li => Assert.Equal(li.QuerySelector("input[type=checkbox]")!.Id, li.QuerySelector("label")!.GetAttribute("for")));
        Assert.Contains("no personal data", checks[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_a_fact_the_course_does_not_give_rather_than_leave_the_field_blank()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var document = new HtmlParser().ParseDocument(Sheet(course, "learninghub"));

        var keywords = document.QuerySelectorAll("#form-title ~ dl dd")[2];
        Assert.Equal("Not given: course.yaml has no keywords.", keywords.TextContent.Trim());
        Assert.Empty(keywords.QuerySelectorAll("button"));
    }

    [Fact]
    public void Should_say_an_empty_list_is_none_rather_than_offer_an_empty_value_to_copy()
    {
        const string target = "platform: Trust LMS\nform:\n  - label: Competence\n    fact: competences\n";
        using var course = new TargetCourse(TargetCourse.Listed + "competences: []\n", ("trust", target));

        var document = new HtmlParser().ParseDocument(Sheet(course, "trust"));

        var competence = document.QuerySelectorAll("#form-title ~ dl dd")[0];
        Assert.Equal("None: course.yaml's competences is empty.", competence.TextContent.Trim());
        Assert.Empty(competence.QuerySelectorAll("button"));
    }

    [Fact]
    public void Should_write_the_sheet_beside_the_zip_with_the_zips_real_size_and_sha256_when_the_cli_builds_for_moodle()
    {
        // Given a course
        using var course = new TargetCourse(TargetCourse.Listed);

        // When the real CLI builds it for Moodle
        var run = CliRunner.AsProcess(course.Course.Root, "build", "course", "--templates", RepoPaths.Templates, "--target", "moodle");

        // Then the sheet is beside the zip, its path printed on the line under the zip's, with the zip's own facts
        Assert.True(run.ExitCode == 0, run.Output);
        var dist = Path.Combine(course.Course.Root, "dist");
        var zip = Path.Combine(dist, "minimal-course-0.1.0-scorm12.zip");
        var sheet = Path.Combine(dist, "minimal-course-0.1.0-moodle-upload.html");
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Built dist/minimal-course-0.1.0-scorm12.zip:", lines[0], StringComparison.Ordinal);
        Assert.Equal("Uploader's sheet for moodle: dist/minimal-course-0.1.0-moodle-upload.html", lines[1]);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(sheet));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(zip))), document.GetElementById("package-sha256")!.TextContent);
        Assert.Equal(new FileInfo(zip).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), document.GetElementById("package-bytes")!.TextContent);
        Assert.Equal("minimal-course-0.1.0-scorm12.zip", document.GetElementById("package-file")!.TextContent);
        Assert.Equal("Uploading to Moodle", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["minimal-course-0.1.0-moodle-upload.html", "minimal-course-0.1.0-scorm12.zip"],
            Directory.GetFiles(dist).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Should_give_the_zip_and_each_targets_sheet_as_json_with_build_format_json()
    {
        // Given a course with Learning Hub's listing facts
        using var course = new TargetCourse(Listing);

        // When it is built for Moodle and Learning Hub with --format json
        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates,
            "--target", "moodle,learninghub", "--format", "json");

        // Then stdout is JSON only: the zip's path, size and real SHA-256, and each sheet with the form's fields in order
        Assert.True(run.ExitCode == 0, run.Output);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        var zip = root.GetProperty("package").GetString()!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(zip))), root.GetProperty("sha256").GetString());
        Assert.Equal(new FileInfo(zip).Length, root.GetProperty("bytes").GetInt64());
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["moodle", "learninghub"], targets.Select(t => t.GetProperty("target").GetString()!).ToArray());
        Assert.All(targets, t => Assert.True(File.Exists(t.GetProperty("sheet").GetString())));
        var hub = targets[1];
        Assert.Equal(["Title", "Description", "Keywords", "Licence", "Authors", "Certificate"],
            hub.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("label").GetString()!).ToArray());
        Assert.Equal("social media, risks & <rules>", hub.GetProperty("fields")[2].GetProperty("value").GetString());
        Assert.Contains("no personal data", hub.GetProperty("checks")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Mastery score overrides status (masteryoverride)", targets[0].GetProperty("settings")[5].GetProperty("setting").GetString());
    }

    [Fact]
    public void Should_write_no_sheet_without_a_target()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal([".zip"], course.Course.OutputFiles().Select(f => Path.GetExtension(f)!).ToArray());
        Assert.DoesNotContain("sheet", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The sheet for the course as compiled, its manifest the one the build would put in the zip.</summary>
    internal static string Sheet(TargetCourse course, string targetName)
    {
        var diagnostics = new DiagnosticBag();
        using var package = CourseCompiler.Default.Compile(course.Course.CourseDirectory, RepoPaths.Templates, diagnostics);
        using var folder = new CourseFolder(course.Course.CourseDirectory);
        var target = TargetLoader.Load(targetName, folder, diagnostics);
        Assert.True(package is not null && target is not null, string.Join('\n', diagnostics.ToSortedList()));
        return Encoding.UTF8.GetString(UploadSheetWriter.Write(target!, package!.Course, s_package, StoredRows.Read(package.Manifest)));
    }
}
