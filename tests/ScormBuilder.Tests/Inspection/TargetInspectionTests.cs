using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Inspection;

/// <summary>'inspect --target': the target's rules that a package shows (what the platform stores from the manifest, the zip's name).</summary>
public sealed class TargetInspectionTests
{
    [Fact]
    public void Should_find_nothing_for_learning_hub_in_a_sound_package_named_in_lower_case()
    {
        var report = Inspect(TestZip.Sound().Bytes(), "course.zip", "learninghub");

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Should_refuse_an_upper_case_zip_name_for_learning_hub_but_not_for_moodle()
    {
        var zip = TestZip.Sound().Bytes();

        Assert.Equal(["SB4058"], PackageFindingsTests.Codes(Inspect(zip, "course.ZIP", "learninghub")));
        Assert.Empty(Inspect(zip, "course.ZIP", "moodle").Findings);
    }

    [Fact]
    public void Should_report_a_title_keyword_keywords_and_copyright_longer_than_learning_hub_stores()
    {
        // 21 keywords of 49 characters: each within 50, together 21 × 49 + 20 = 1,049 over 1,000; one more of 51.
        var keywords = Enumerable.Range(10, 21).Select(i => $"k{i}".PadRight(49, 'x')).Append(new string('w', 51));
        var lom = string.Concat(keywords.Select(k => $"<imsmd:keyword><imsmd:langstring>{k}</imsmd:langstring></imsmd:keyword>")) + "</imsmd:general>";
        var manifest = TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html", "media/a.png")
            .Replace("<title>Supplier course</title>", $"<title>{new string('t', 256)}</title>", StringComparison.Ordinal)
            .Replace("</imsmd:general>", lom, StringComparison.Ordinal)
            .Replace("</imsmd:lom>", "<imsmd:rights><imsmd:description><imsmd:langstring>Copyright 2026 A Very Long Supplier Name Ltd</imsmd:langstring></imsmd:description></imsmd:rights></imsmd:lom>", StringComparison.Ordinal);
        var zip = TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", manifest).Bytes();

        var report = Inspect(zip, "course.zip", "learninghub");

        Assert.Equal(4, report.Findings.Count(f => f.Code == "SB4057"));
        Assert.Contains(report.Findings, f => f.Reason.StartsWith("The manifest's title is 256 characters; NHS Learning Hub stores at most 255.", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Reason.StartsWith("The manifest's copyright (rights description) is 44 characters", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Reason.Contains($"keyword '{new string('w', 51)}' is 51 characters", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Reason.StartsWith("The manifest's keywords (joined by commas) is 1101 characters", StringComparison.Ordinal));
        Assert.True(report.BlocksUpload);
        Assert.DoesNotContain(Inspect(zip, "course.zip", "esr").Findings, f => f.Code == "SB4057");
    }

    [Fact]
    public void Should_pass_our_own_flagship_package_for_every_built_in_target()
    {
        using var course = TempCourse.CopyOf(RepoPaths.Course);
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var zip = File.ReadAllBytes(Assert.Single(course.OutputFiles()));

        var report = Inspect(zip, "post-with-care-1.0.0-scorm12.zip", "generic", "moodle", "learninghub", "esr");

        Assert.Empty(report.Findings);
        Assert.Equal(["social media", "HCPC", "professional standards", "confidentiality", "CPD"], report.Manifest!.Keywords);
        Assert.Equal("All rights reserved", report.Manifest.Copyright);
    }

    [Fact]
    public void Should_exit_2_naming_the_target_when_inspect_is_given_an_unknown_one()
    {
        using var course = TempCourse.Empty();
        Directory.CreateDirectory(course.Root);
        var package = Path.Combine(course.Root, "course.zip");
        File.WriteAllBytes(package, TestZip.Sound().Bytes());

        var run = CliRunner.AsProcess(course.Root, "inspect", "course.zip", "--target", "leaninghub");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error SB1047: There is no target 'leaninghub' (did you mean 'learninghub'?)", run.Stderr, StringComparison.Ordinal);
    }

    private static InspectionReport Inspect(byte[] zip, string name, params string[] targets)
    {
        var diagnostics = new DiagnosticBag();
        var inspector = TargetInspector.For(targets, RepoPaths.TestData, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return inspector!.Inspect(new MemoryStream(zip, writable: false), name);
    }
}
