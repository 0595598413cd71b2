using System.Security.Cryptography;
using System.Text;
using NUglify;
using NUglify.JavaScript;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Rendering;

/// <summary>
/// The learner downloads the runtime and the styles on every launch, often over a slow NHS link or a phone: a
/// package ships them minified (NUglify), while <c>preview</c> serves them as written, to read and debug. Output is
/// a function of the input alone, so the zip stays byte-identical from build to build. The default templates' files
/// are minified when ScormBuilder itself is built (Rendering/Minified, kept equal to what the minifier makes of
/// today's templates by a test), so a course on them pays nothing for it; any other file is minified as it builds.
/// </summary>
internal static class AssetMinifier
{
    private const string PremadeResource = "ScormBuilder.Minified.";

    /// <summary>
    /// The files with every script and style sheet minified. A file the minifier cannot parse (a rebranded runtime
    /// using syntax it does not know) ships as written, with a warning: the course still works, only larger.
    /// </summary>
    public static IReadOnlyList<SiteFile> Minify(IReadOnlyList<SiteFile> files, string templatesDirectory, DiagnosticBag diagnostics) =>
        [.. files.Select(file => Minify(file, templatesDirectory, diagnostics))];

    private static SiteFile Minify(SiteFile file, string templatesDirectory, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(file.PackagePath);
        if (file.Content is not { } content || extension is not (".js" or ".css"))
        {
            return file;
        }

        return Premade(file.PackagePath, content) is { } premade
            ? SiteFile.FromBytes(file.PackagePath, premade)
            : MinifyNow(file, templatesDirectory, diagnostics);
    }

    /// <summary>The file minified by NUglify now, or as written with a warning when NUglify cannot read it.</summary>
    internal static SiteFile MinifyNow(SiteFile file, string templatesDirectory, DiagnosticBag diagnostics)
    {
        var text = Encoding.UTF8.GetString(file.Content!);
        var result = Path.GetExtension(file.PackagePath) == ".js"
            ? Uglify.Js(text, new CodeSettings { PreserveImportantComments = false, TermSemicolons = true })
            : Uglify.Css(text);
        if (result.HasErrors || result.Code is null)
        {
            var first = result.Errors.First(e => e.IsError);
            diagnostics.Report(PackagingDiagnostics.AssetNotMinified, new SourceLocation(templatesDirectory.Replace('\\', '/')),
                $"{file.PackagePath} ships as written, not minified: the minifier cannot read its line {first.StartLine}, column {first.StartColumn} ({first.Message.TrimEnd('.')}). " +
                "The course works; to make the download smaller, use JavaScript and CSS syntax the minifier reads.");
            return file;
        }

        return SiteFile.FromBytes(file.PackagePath, Encoding.UTF8.GetBytes(result.Code));
    }

    /// <summary>The SHA-256 of a file's bytes, as the name of what it was minified from.</summary>
    internal static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The file minified ahead, when <paramref name="content"/> is what it was made from; otherwise null.</summary>
    internal static byte[]? Premade(string packagePath, byte[] content)
    {
        var assembly = typeof(AssetMinifier).Assembly;
        var name = PremadeResource + Path.GetFileName(packagePath);
        using var source = assembly.GetManifestResourceStream(name + ".sha256");
        if (source is null || new StreamReader(source).ReadToEnd().Trim() != HashOf(content))
        {
            return null;
        }

        using var premade = assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        premade.CopyTo(bytes);
        return bytes.ToArray();
    }
}
