using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Tests.Inspection;

/// <summary>Given a package with one defect made on purpose, when it is inspected, then that defect is reported under its code.</summary>
public sealed class PackageFindingsTests
{
    [Fact]
    public void Should_find_nothing_wrong_in_a_sound_package_and_read_what_it_holds()
    {
        var report = TestZip.Sound().Add("story.html", "<p>").Add("story_content/data.js", "x").Inspect();

        Assert.Equal(["SB4055"], Codes(report)); // the control: story files are not listed
        Assert.False(report.BlocksUpload);
        var manifest = Assert.IsType<ManifestFacts>(report.Manifest);
        Assert.Equal(("Supplier course", "2.3", "80"), (manifest.Title, manifest.Version, manifest.Launch?.Item.MasteryScore));
        Assert.Equal("index.html", manifest.Launch?.Resource.Href);
        Assert.StartsWith("Articulate Storyline", report.Tool, StringComparison.Ordinal);
        Assert.Equal(5, report.FileCount);
    }

    [Fact]
    public void Should_report_no_findings_at_all_when_every_file_is_listed()
    {
        var report = TestZip.Sound(item: "<adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>").Inspect();

        Assert.Empty(report.Findings);
        Assert.Equal("unknown", report.Tool);
        Assert.Equal("00:30:00", report.Manifest!.Launch?.Item.MaxTimeAllowed);
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_zip() =>
        Assert.Equal(["SB4030"], Codes(TestZip.Inspect("<html>not a package</html>"u8.ToArray())));

    [Fact]
    public void Should_report_a_zip_cut_short()
    {
        var zip = TestZip.Sound().Bytes();

        Assert.Equal(["SB4031"], Codes(TestZip.Inspect(zip[..(zip.Length / 2)])));
    }

    [Fact]
    public void Should_report_encrypted_entries() =>
        Assert.Contains("SB4032", Codes(TestZip.Inspect(TestZip.MarkedEncrypted(TestZip.Sound().Bytes()))));

    [Fact]
    public void Should_report_a_missing_manifest() =>
        Assert.Equal(["SB4035"], Codes(TestZip.Sound().Without("imsmanifest.xml").Inspect()));

    [Fact]
    public void Should_say_which_folder_to_open_when_the_folder_was_zipped()
    {
        var report = new TestZip().Add("My Course/imsmanifest.xml", TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html"))
            .Add("My Course/index.html", "<p>").Inspect();

        var finding = Assert.Single(report.Findings);
        Assert.Equal("SB4036", finding.Code);
        Assert.Contains("open the folder 'My Course/'", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_inner_package_of_a_zip_inside_a_zip()
    {
        var report = new TestZip().Add("exports/course-scorm12.zip", TestZip.Sound().Bytes()).Add("readme.txt", "hello").Inspect();

        var finding = Assert.Single(report.Findings);
        Assert.Equal("SB4037", finding.Code);
        Assert.Contains("'exports/course-scorm12.zip', which is a SCORM package", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("Take 'course-scorm12.zip' out", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_manifest_that_is_not_well_formed_at_its_line()
    {
        var report = TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", "<?xml version=\"1.0\"?>\n<manifest>\n<organizations>\n</manifest>").Inspect();

        var finding = Assert.Single(report.Findings, f => f.Code == "SB4039");
        Assert.StartsWith("imsmanifest.xml(4,", finding.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_validate_the_manifest_against_the_shipped_scorm_schemas()
    {
        var invalid = TestZip.Manifest("adlcp:scormtype=\"sco\"", "<bogus/>", "index.html", "media/a.png");
        var report = TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", invalid).Inspect();

        var finding = Assert.Single(report.Findings);
        Assert.Equal("SB4041", finding.Code);
        Assert.Contains("bogus", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_manifest_of_another_scorm_version()
    {
        var scorm2004 = TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html", "media/a.png").Replace("<schemaversion>1.2", "<schemaversion>2004 4th Edition", StringComparison.Ordinal);

        Assert.Equal(["SB4042"], Codes(TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", scorm2004).Inspect()));
    }

    [Theory]
    [InlineData("", "has no adlcp:scormtype")]
    [InlineData("adlcp:scormtype=\"SCO\"", "has adlcp:scormtype='SCO'")]
    public void Should_report_a_launched_resource_that_is_not_a_sco(string attributes, string said)
    {
        var finding = Assert.Single(TestZip.Sound(attributes).Inspect().Findings, f => f.Code == "SB4044");

        Assert.Equal(("SB4044", true), (finding.Code, finding.BlocksUpload));
        Assert.Contains(said, finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("identifierref=\"RES\"", "")] // the item opens no resource
    [InlineData("identifierref=\"RES\"", "identifierref=\"NONE\"")] // it names a resource that is not there
    [InlineData(" href=\"index.html\">", ">")] // the resource has no href
    public void Should_report_a_manifest_that_gives_the_lms_nothing_to_launch(string sound, string broken)
    {
        var manifest = TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html", "media/a.png").Replace(sound, broken, StringComparison.Ordinal);

        var report = TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", manifest).Inspect();

        var finding = Assert.Single(report.Findings, f => f.Code == "SB4043");
        Assert.True(finding.BlocksUpload);
        Assert.Null(report.Manifest!.Launch);
    }

    [Fact]
    public void Should_report_a_mastery_score_outside_0_to_100() =>
        Assert.Equal(["SB4050"], Codes(TestZip.Sound(item: "<adlcp:masteryscore>180</adlcp:masteryscore>").Inspect()));

    [Fact]
    public void Should_report_an_href_or_file_the_zip_does_not_hold_and_hint_at_a_case_difference()
    {
        var finding = Assert.Single(TestZip.Sound().Without("media/a.png").Add("Media/A.png", "png").Inspect().Findings, f => f.Code == "SB4045");

        Assert.Contains("'media/a.png'", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("The zip has 'Media/A.png'", finding.Reason, StringComparison.Ordinal);
        Assert.StartsWith("imsmanifest.xml(", finding.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_warn_of_files_no_resource_lists()
    {
        var finding = Assert.Single(TestZip.Sound().Add("extra/notes.pdf", "pdf").Inspect().Findings);

        Assert.Equal(("SB4055", false), (finding.Code, finding.BlocksUpload));
        Assert.Contains("'extra/notes.pdf'", finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("media\\b.png", "SB4047")]
    [InlineData("/etc/passwd", "SB4046")]
    [InlineData("../../outside.html", "SB4046")]
    [InlineData("C:/Windows/x.html", "SB4046")]
    [InlineData("media/con.png", "SB4049")]
    [InlineData("what?.html", "SB4049")]
    [InlineData("notes./a.html", "SB4049")]
    [InlineData("INDEX.html", "SB4048")]
    [InlineData("Media/b.png", "SB4048")]
    [InlineData("__MACOSX/._index.html", "SB4056")]
    [InlineData("media/.DS_Store", "SB4056")]
    public void Should_report_a_name_no_lms_or_machine_copes_with(string name, string code) =>
        Assert.Contains(code, Codes(TestZip.Sound().Add(name, "x").Inspect()));

    [Fact]
    public void Should_put_what_blocks_an_upload_before_warnings_and_outer_problems_first()
    {
        var report = TestZip.Sound("").Add("__MACOSX/x", "x").Add("a\\b.html", "x").Inspect();

        Assert.Equal(["SB4044", "SB4047", "SB4055", "SB4056"], Codes(report));
    }

    [Fact]
    public void Should_describe_every_inspect_code_it_reports()
    {
        Assert.All(InspectionDiagnostics.All, d => Assert.InRange(int.Parse(d.Code[2..], System.Globalization.CultureInfo.InvariantCulture), 4030, 4059));
        Assert.All(InspectionDiagnostics.All, d => Assert.Same(d, DiagnosticDescriptors.Find(d.Code)));
    }

    internal static string[] Codes(InspectionReport report) => [.. report.Findings.Select(f => f.Code)];
}
