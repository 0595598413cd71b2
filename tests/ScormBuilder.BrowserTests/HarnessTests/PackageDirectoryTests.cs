using System.IO.Compression;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
public sealed class PackageDirectoryTests
{
    [Fact]
    public void Should_extract_a_zip_and_delete_it_on_dispose()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"scormbuilder-{Guid.NewGuid():N}.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("js/course.js").Open());
            writer.Write("// course");
        }

        string extracted;
        using (var package = PackageDirectory.Extract(zipPath))
        {
            extracted = package.Path;
            Assert.Equal("// course", File.ReadAllText(Path.Combine(package.Path, "js", "course.js")));
        }

        File.Delete(zipPath);
        Assert.False(Directory.Exists(extracted));
    }
}
