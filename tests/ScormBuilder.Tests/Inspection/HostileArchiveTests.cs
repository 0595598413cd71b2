using System.IO.Compression;
using System.Text;
using static ScormBuilder.Tests.Inspection.PackageFindingsTests;

namespace ScormBuilder.Tests.Inspection;

/// <summary>
/// Given an archive built to hurt the reader (a bomb, entities that expand, too many entries, a giant manifest), when
/// it is inspected, then it gets a finding naming the attack, having read only a bounded part of it.
/// </summary>
public sealed class HostileArchiveTests
{
    [Fact]
    public void Should_report_an_entry_that_expands_a_thousandfold_as_a_zip_bomb()
    {
        var report = TestZip.Sound().Add("media/video.mp4", new byte[16 * 1024 * 1024]).Inspect();

        var finding = Assert.Single(report.Findings, f => f.Code == "SB4034");
        Assert.Contains("'media/video.mp4' expands more than 200 times", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stop_reading_a_manifest_that_expands_beyond_what_its_header_declares()
    {
        var zip = TestZip.MarkedSmaller(TestZip.Sound().Bytes(), declared: 100);

        var finding = Assert.Single(TestZip.Inspect(zip).Findings, f => f.Code == "SB4034");
        Assert.Contains("its 100 bytes do not match the checksum in its header", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_take_a_well_compressed_small_file_for_a_bomb() =>
        Assert.DoesNotContain("SB4034", Codes(TestZip.Sound().Add("media/blank.txt", new byte[512 * 1024]).Inspect()));

    [Fact]
    public void Should_refuse_a_billion_laughs_manifest_without_expanding_it()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [\n<!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        }

        laughs.Append("]>\n<manifest xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\">&lol9;</manifest>");
        var report = TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", laughs.ToString()).Inspect();

        Assert.Equal(["SB4040"], Codes(report));
        Assert.Null(report.Manifest);
    }

    [Fact]
    public void Should_refuse_a_manifest_larger_than_any_course_needs()
    {
        var manifest = TestZip.Manifest("adlcp:scormtype=\"sco\"", $"<!-- {new string(' ', 9 * 1024 * 1024)} -->", "index.html", "media/a.png");

        var report = TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", manifest).Inspect();

        Assert.Contains("SB4038", Codes(report));
        Assert.Null(report.Manifest);
    }

    [Fact]
    public void Should_refuse_a_zip_claiming_more_entries_than_the_limit_without_reading_them()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i <= ScormBuilder.Inspection.InspectionLimits.MaxEntries; i++)
            {
                zip.CreateEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), CompressionLevel.NoCompression);
            }
        }

        var report = TestZip.Inspect(buffer.ToArray());

        var finding = Assert.Single(report.Findings);
        Assert.Equal("SB4033", finding.Code);
        Assert.Contains("100,001 entries", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_when_the_end_record_counts_fewer_entries_than_the_directory_holds()
    {
        var finding = Assert.Single(TestZip.Inspect(HostileArchives.Bytes("entries-count-lies")).Findings);

        Assert.Equal("SB4031", finding.Code);
        Assert.Contains("its closing record says it holds 3 entries but its directory holds more", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_ten_thousand_files_and_report_each_kind_of_defect_once()
    {
        var zip = TestZip.Sound();
        for (var i = 0; i < 10_000; i++)
        {
            zip.Add($"extra/file{i}.txt", "x");
        }

        var finding = Assert.Single(zip.Inspect().Findings);
        Assert.Contains("10,000 files are in the zip", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("and 9,995 more", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_a_path_traversal_entry_without_following_it()
    {
        var finding = Assert.Single(TestZip.Sound().Add("../../../../tmp/evil.sh", "rm").Inspect().Findings, f => f.Code == "SB4046");

        Assert.Contains("'../../../../tmp/evil.sh'", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_escape_control_characters_in_names_it_quotes()
    {
        var finding = Assert.Single(TestZip.Sound().Add("media/\u001b[31mred.png", "x").Inspect().Findings, f => f.Code == "SB4049");

        Assert.DoesNotContain('\u001b', finding.Reason);
        Assert.Contains("\\u001b", finding.Reason, StringComparison.Ordinal);
    }
}
