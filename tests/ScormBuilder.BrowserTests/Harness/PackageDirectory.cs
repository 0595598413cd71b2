using System.IO.Compression;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>A built SCORM zip extracted to a temporary directory, ready for <see cref="TestLms"/> to serve.</summary>
public sealed class PackageDirectory : IDisposable
{
    private PackageDirectory(string path) => Path = path;

    public string Path { get; }

    public static PackageDirectory Extract(string zipPath)
    {
        var directory = Directory.CreateTempSubdirectory("scormbuilder-package-");
        ZipFile.ExtractToDirectory(zipPath, directory.FullName);
        return new PackageDirectory(directory.FullName);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
