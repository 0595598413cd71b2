using ScormBuilder.Inspection;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Inspection;

/// <summary>Given a package zip on disk, when preview opens it to play, then it launches the manifest's file and serves only the zip's own safe names.</summary>
public sealed class PackageFilesTests
{
    [Fact]
    public void Should_launch_the_first_items_href_in_a_folder_without_its_query()
    {
        var manifest = TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "content/start.html").Replace("href=\"index.html\"", "href=\"content/start.html?lang=en\"", StringComparison.Ordinal);
        using var folder = TempCourse.Empty();
        var (files, _, blocking) = Open(folder, new TestZip().Add("imsmanifest.xml", manifest).Add("content/start.html", "<p>start</p>"));

        using (files)
        {
            Assert.Empty(blocking);
            Assert.Equal("content/start.html", files!.Launch);
            Assert.Equal("<p>start</p>"u8.ToArray(), files.Read("content/start.html"));
        }
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b.html")]
    [InlineData("media//a.png")]
    [InlineData("./index.html")]
    [InlineData("nothing.html")]
    public void Should_serve_nothing_for_a_name_outside_the_package_even_when_the_zip_holds_it(string path)
    {
        using var folder = TempCourse.Empty();
        var (files, _, _) = Open(folder, TestZip.Sound().Add("../escape.html", "x").Add("a\\b.html", "x").Add("/etc/passwd", "x"));

        using (files)
        {
            Assert.NotNull(files!.Read("media/a.png"));
            Assert.Null(files.Read(path));
        }
    }

    [Fact]
    public void Should_serve_nothing_for_an_entry_that_expands_past_its_declared_size()
    {
        using var folder = TempCourse.Empty();
        var zip = new TestZip().Add("big.txt", new string('a', 5000))
            .Add("imsmanifest.xml", TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html")).Add("index.html", "<p>start</p>");
        var (files, _, blocking) = Open(folder, TestZip.MarkedSmaller(zip.Bytes(), 10));

        using (files)
        {
            Assert.Empty(blocking);
            Assert.NotNull(files!.Read("index.html"));
            Assert.Null(files.Read("big.txt"));
        }
    }

    private static (PackageFiles? Files, InspectionReport Report, IReadOnlyList<Finding> Blocking) Open(TempCourse folder, TestZip zip) => Open(folder, zip.Bytes());

    private static (PackageFiles? Files, InspectionReport Report, IReadOnlyList<Finding> Blocking) Open(TempCourse folder, byte[] bytes)
    {
        var path = Path.Combine(folder.Root, "package.zip");
        File.WriteAllBytes(path, bytes);
        return PackageFiles.Open(path);
    }
}
