namespace ScormBuilder.Rendering;

/// <summary>
/// One file of the package: its path inside the zip, and either its bytes (rendered in memory) or the file on
/// disk it is copied from (media, streamed at packaging time so large videos never sit in memory).
/// </summary>
public sealed record SiteFile(string PackagePath, byte[]? Content, string? SourcePath)
{
    public static SiteFile FromBytes(string packagePath, byte[] content) => new(packagePath, content, null);

    public static SiteFile FromDisk(string packagePath, string sourcePath) => new(packagePath, null, sourcePath);

    public long Length => Content?.LongLength ?? new FileInfo(SourcePath!).Length;

    public Stream OpenRead() => Content is not null ? new MemoryStream(Content, writable: false) : File.OpenRead(SourcePath!);
}

/// <summary>Every file of the package, sorted by path: the output of Render and the input of Package.</summary>
public sealed record RenderedSite(IReadOnlyList<SiteFile> Files, int PageCount)
{
    public SiteFile? Find(string packagePath) => Files.FirstOrDefault(f => f.PackagePath == packagePath);
}
