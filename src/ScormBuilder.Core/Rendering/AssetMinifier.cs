using System.Text;
using NUglify;
using NUglify.JavaScript;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Rendering;

/// <summary>
/// The learner downloads the runtime and the styles on every launch, often over a slow NHS link or a phone: a
/// package ships them minified (NUglify), while <c>preview</c> serves them as written, to read and debug. Output is
/// a function of the input alone, so the zip stays byte-identical from build to build.
/// </summary>
internal static class AssetMinifier
{
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

        var text = Encoding.UTF8.GetString(content);
        var result = extension == ".js"
            ? Uglify.Js(text, new CodeSettings { PreserveImportantComments = false, TermSemicolons = true })
            : Uglify.Css(text);
        if (result.HasErrors || result.Code is null)
        {
            var first = result.Errors.First(e => e.IsError);
            diagnostics.Warning(DiagnosticCodes.AssetNotMinified, new SourceLocation(templatesDirectory.Replace('\\', '/')),
                $"{file.PackagePath} ships as written, not minified: the minifier cannot read its line {first.StartLine}, column {first.StartColumn} ({first.Message.TrimEnd('.')}). " +
                "The course works; to make the download smaller, use JavaScript and CSS syntax the minifier reads.");
            return file;
        }

        return SiteFile.FromBytes(file.PackagePath, Encoding.UTF8.GetBytes(result.Code));
    }
}
