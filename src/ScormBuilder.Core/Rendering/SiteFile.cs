using ScormBuilder.Sources;

namespace ScormBuilder.Rendering;

/// <summary>
/// One file of the package: its path inside the zip, and either its bytes (rendered in memory) or the course file
/// the sandbox opened and checked (media, read from that same handle at packaging time so large videos never sit in
/// memory and a path swapped since cannot matter).
/// </summary>
public sealed record SiteFile
{
    private SiteFile(string packagePath, byte[]? content, SourceFile? source)
    {
        PackagePath = packagePath;
        Content = content;
        Source = source;
    }

    public string PackagePath { get; }

    /// <summary>The bytes, for a file made in memory; null for a course file read at packaging time.</summary>
    public byte[]? Content { get; }

    /// <summary>The open course file, for media; null for a file made in memory.</summary>
    internal SourceFile? Source { get; }

    public static SiteFile FromBytes(string packagePath, byte[] content) => new(packagePath, content, null);

    /// <summary>A course file already opened (and checked) through the sandbox.</summary>
    internal static SiteFile FromSource(string packagePath, SourceFile source) => new(packagePath, null, source);

    public long Length => Content?.LongLength ?? Source!.Length;

    /// <summary>Every byte of the file: for a course file, read from its open handle now.</summary>
    public byte[] ReadAllBytes() => Content ?? Source!.ReadAll();

    public Stream OpenRead() => Content is not null ? new MemoryStream(Content, writable: false) : Source!.OpenStream();
}

/// <summary>Every file of the package, sorted by path: the output of Render and the input of Package.</summary>
public sealed record RenderedSite(IReadOnlyList<SiteFile> Files, int PageCount)
{
    public SiteFile? Find(string packagePath) => Files.FirstOrDefault(f => f.PackagePath == packagePath);

    /// <summary>The site with each file of <paramref name="replacements"/> in place of the file at its path.</summary>
    internal RenderedSite Replacing(IReadOnlyList<SiteFile> replacements)
    {
        var byPath = replacements.ToDictionary(f => f.PackagePath, StringComparer.Ordinal);
        return this with { Files = [.. Files.Select(f => byPath.GetValueOrDefault(f.PackagePath, f))] };
    }
}
