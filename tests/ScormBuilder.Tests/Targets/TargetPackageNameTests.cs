using System.Globalization;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;
using ScormBuilder.Targets;
using ScormBuilder.Tests.Inspection;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Targets;

/// <summary>
/// A target's own package name ('package: name:'): the build writes the same zip under it beside the standard one,
/// the sheet, JSON and output name it, a pattern that could not name every version apart is refused when the target
/// loads, and 'inspect --target' reports a zip not named by it.
/// </summary>
public sealed class TargetPackageNameTests
{
    private const string Ours = """
        platform: Our LMS
        package:
          extension: .zip
          name: "NES_{id}_v{version}.zip"
        """;

    private const string OwnZip = "NES_minimal-course_v0.1.0.zip";
    private const string StandardZip = "minimal-course-0.1.0-scorm12.zip";

    [Fact]
    public void Should_write_the_same_zip_under_the_targets_own_name_and_name_it_on_the_sheet()
    {
        // Given a course with the organisation's own target, which names its zip
        using var course = new TargetCourse(TargetCourse.Listed, ("ours", Ours));

        // When the real CLI builds it for that target
        var run = CliRunner.AsProcess(course.Course.Root, "build", "course", "--templates", RepoPaths.Templates, "--target", "ours");

        // Then both zips are there with the same bytes, the target's is printed under the standard one, and its sheet names it
        Assert.True(run.ExitCode == 0, run.Output);
        var dist = Path.Combine(course.Course.Root, "dist");
        var own = File.ReadAllBytes(Path.Combine(dist, OwnZip));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dist, StandardZip)), own);
        Assert.Equal([OwnZip, "minimal-course-0.1.0-ours-upload.html", StandardZip],
            Directory.GetFiles(dist).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith($"Built dist/{StandardZip}:", lines[0], StringComparison.Ordinal);
        Assert.Equal($"Package for ours: dist/{OwnZip}", lines[1]);
        Assert.Equal("Uploader's sheet for ours: dist/minimal-course-0.1.0-ours-upload.html", lines[2]);
        var sheet = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dist, "minimal-course-0.1.0-ours-upload.html")));
        Assert.Equal(OwnZip, sheet.GetElementById("package-file")!.TextContent);
        Assert.Equal(own.Length.ToString(CultureInfo.InvariantCulture), sheet.GetElementById("package-bytes")!.TextContent);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(own)), sheet.GetElementById("package-sha256")!.TextContent);
    }

    [Fact]
    public void Should_give_the_targets_own_zip_in_build_json_and_none_for_a_built_in_target()
    {
        using var course = new TargetCourse(TargetCourse.Listed, ("ours", Ours));

        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates,
            "--target", "moodle,ours", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Output);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var targets = json.RootElement.GetProperty("targets").EnumerateArray().ToList();
        Assert.False(targets[0].TryGetProperty("package", out _));
        var own = targets[1].GetProperty("package").GetString()!;
        Assert.Equal(OwnZip, Path.GetFileName(own));
        var bytes = File.ReadAllBytes(own);
        Assert.Equal(bytes.Length, targets[1].GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), targets[1].GetProperty("sha256").GetString());
    }

    [Fact]
    public void Should_write_one_file_named_by_both_when_two_targets_give_the_same_name()
    {
        using var course = new TargetCourse(TargetCourse.Listed, ("ours", Ours), ("theirs", Ours.Replace("Our LMS", "Their LMS", StringComparison.Ordinal)));

        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates, "--target", "ours,theirs");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(2, Directory.GetFiles(course.Course.OutputDirectory, "*.zip").Length);
        Assert.Contains("Package for ours: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Package for theirs: ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, run.Stdout.Split('\n').Count(l => l.TrimEnd().EndsWith("/" + OwnZip, StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_write_no_zip_of_either_name_when_the_course_breaks_a_rule()
    {
        // Given a course whose title is too long for the target, and an earlier build's file under the target's name
        using var course = new TargetCourse(TargetCourse.Listed, ("ours", Ours + "\nlimits:\n  title: 5\n"));
        var earlier = Path.Combine(course.Course.OutputDirectory, OwnZip);
        Directory.CreateDirectory(course.Course.OutputDirectory);
        File.WriteAllText(earlier, "an earlier build");

        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates, "--target", "ours");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SB2070", run.Stderr, StringComparison.Ordinal);
        Assert.Equal([OwnZip], Directory.GetFiles(course.Course.OutputDirectory).Select(f => Path.GetFileName(f)!).ToArray());
        Assert.Equal("an earlier build", File.ReadAllText(earlier));
    }

    [Fact]
    public void Should_replace_nothing_and_leave_no_file_when_the_targets_zip_cannot_be_written()
    {
        // Given an earlier build's zip, and a folder where the target's zip would go
        using var course = new TargetCourse(TargetCourse.Listed, ("ours", Ours));
        var output = course.Course.OutputDirectory;
        Directory.CreateDirectory(Path.Combine(output, OwnZip));
        File.WriteAllText(Path.Combine(output, StandardZip), "an earlier build");

        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", output, "--templates", RepoPaths.Templates, "--target", "ours");

        // Then the build fails saying so, the earlier zip is untouched, and no sheet or temporary file is left
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{OwnZip}: error SB4001: Cannot write the package for target 'ours' (a folder has that name).", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("an earlier build", File.ReadAllText(Path.Combine(output, StandardZip)));
        Assert.Equal([StandardZip], Directory.GetFiles(output).Select(f => Path.GetFileName(f)!).ToArray());
    }

    [Theory]
    [InlineData("NES_{id}_v{version}.zip", "NES_post-with-care_v1.0.0.zip", true)]
    [InlineData("NES_{id}_v{version}.zip", "NES_post-with-care_v1.0.0.ZIP", true)]
    [InlineData("NES_{id}_v{version}.zip", "nes_post-with-care_v1.0.0.zip", false)]
    [InlineData("NES_{id}_v{version}.zip", "NES__v1.0.0.zip", false)]
    [InlineData("NES_{id}_v{version}.zip", "post-with-care-1.0.0-scorm12.zip", false)]
    [InlineData("{target}-{id}-{version}.zip", "ours-a-1.zip", true)]
    [InlineData("{target}-{id}-{version}.zip", "theirs-a-1.zip", false)]
    public void Should_match_a_zip_name_to_the_pattern_with_any_id_and_version(string pattern, string fileName, bool matches)
    {
        var target = Load(pattern);

        Assert.Equal(matches, target.PackageName.Pattern!.Matches(fileName, target.Name, target.PackageName));
    }

    [Theory]
    [InlineData("NES_{id}_v{version}.zip", "NES_a_v1.zip", "NES_a_v1.ZIP")]
    public void Should_report_sb4058_when_inspect_is_given_a_zip_the_pattern_does_not_name(string pattern, string named, string notNamed)
    {
        var rule = new TargetPackageRule(Load(pattern, "  extension_case: exact\n"));

        Assert.Empty(rule.Check(new InspectedPackage(named, [], null)));
        Assert.Equal(["SB4058"], rule.Check(new InspectedPackage(notNamed, [], null)).Select(f => f.Code).ToArray());
        Assert.Equal(["SB4058"], rule.Check(new InspectedPackage("course.zip", [], null)).Select(f => f.Code).ToArray());
    }

    [Fact]
    public void Should_report_a_zip_not_named_by_the_pattern_when_the_real_cli_inspects_it_for_that_target()
    {
        // Given a folder with the organisation's target, a zip named by its pattern and the same zip named otherwise
        using var folder = TempCourse.Empty();
        Directory.CreateDirectory(Path.Combine(folder.Root, "targets"));
        File.WriteAllText(Path.Combine(folder.Root, "targets", "ours.yaml"), Ours);
        var zip = TestZip.Sound().Bytes();
        File.WriteAllBytes(Path.Combine(folder.Root, "NES_supplier-course_v2.zip"), zip);
        File.WriteAllBytes(Path.Combine(folder.Root, "supplier-course-2.zip"), zip);

        // When the real CLI inspects each for that target
        var named = CliRunner.AsProcess(folder.Root, "inspect", "NES_supplier-course_v2.zip", "--target", "ours");
        var misnamed = CliRunner.AsProcess(folder.Root, "inspect", "supplier-course-2.zip", "--target", "ours");

        // Then only the one the pattern does not name is reported, with the pattern and a name it would give
        Assert.True(named.ExitCode == 0, named.Output);
        Assert.DoesNotContain("SB4058", named.Output, StringComparison.Ordinal);
        Assert.Equal(1, misnamed.ExitCode);
        Assert.Contains("supplier-course-2.zip: error SB4058: The file name does not follow the target's package name 'NES_{id}_v{version}.zip'",
            misnamed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NES_{id}_{id}.zip", "SB1051")]
    [InlineData("NES_{id}{version}.zip", "SB1051")]
    [InlineData("NES_{version}.zip", "SB1051")]
    [InlineData("out/NES_{id}_v{version}.zip", "SB1050")]
    [InlineData("CON_{id}_{version}.zip", "")]
    [InlineData("CON.{id}_{version}.zip", "SB1050")]
    [InlineData("NES_{id_v{version}.zip", "SB1049")]
    [InlineData("NES_{id}_v{version}", "SB1052")]
    public void Should_refuse_a_pattern_at_its_line_when_it_could_not_name_every_version_apart(string pattern, string code)
    {
        var diagnostics = new DiagnosticBag();

        var target = TargetLoader.Parse("ours", $"platform: Ours\npackage:\n  extension: .zip\n  name: \"{pattern}\"\n", "targets/ours.yaml", diagnostics);

        Assert.Equal(code.Length == 0 ? [] : [$"targets/ours.yaml(4,9) {code}"],
            diagnostics.ToSortedList().Select(d => $"{d.Location.Path}({d.Location.Line},{d.Location.Column}) {d.Code}").ToArray());
        Assert.Equal(code.Length == 0, target is not null);
    }

    [Fact]
    public void Should_check_the_targets_own_name_not_the_standard_one_against_its_extension()
    {
        // A target that wants '.ZIP' in that case, with its own name ending so: the standard name is not uploaded to it
        using var course = new TargetCourse(TargetCourse.Listed,
            ("upper", "platform: Upper\npackage:\n  extension: .ZIP\n  extension_case: exact\n  name: \"UP_{id}_{version}.ZIP\"\n"));

        Assert.Empty(course.Errors("upper"));
    }

    private static Target Load(string pattern, string more = "")
    {
        var diagnostics = new DiagnosticBag();
        var target = TargetLoader.Parse("ours", $"platform: Ours\npackage:\n  extension: .zip\n{more}  name: \"{pattern}\"\n", "targets/ours.yaml", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return target!;
    }
}
