using ScormBuilder.Diagnostics;
using ScormBuilder.Sources;

namespace ScormBuilder.Rendering;

/// <summary>
/// The templates folder read through the same sandbox as a course: regular files under the folder only, no link
/// that leads out of it, nothing that can block the build. An organisation's templates are input like any other.
/// </summary>
internal sealed class TemplateFolder(string directory)
{
    private readonly CourseFolder _sandbox = new(directory, "templates folder");

    /// <summary>What diagnostics print for a file of the folder.</summary>
    public string DisplayPath(string relativePath) => _sandbox.DisplayPath(relativePath);

    /// <summary>The folder-relative path of a file found in it, with '/'.</summary>
    public string Relative(string path) => Path.GetRelativePath(_sandbox.FullPath, path).Replace('\\', '/');

    /// <summary>A text file as strict UTF-8 with LF line ends; null (reported) when it cannot be read safely.</summary>
    public string? ReadText(string relativePath, DiagnosticBag diagnostics) => SourceText.Read(_sandbox, relativePath, diagnostics);

    /// <summary>A file's exact bytes, for files shipped as they are (schemas keep their CRLF).</summary>
    public byte[]? ReadBytes(string relativePath, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(_sandbox.DisplayPath(relativePath));
        using var file = _sandbox.OpenRead(relativePath, location, $"the template file '{relativePath}'", diagnostics);
        try
        {
            return file?.ReadAll();
        }
        catch (IOException e)
        {
            diagnostics.Report(LoadingDiagnostics.FileUnreadable, location,
                $"Cannot read the template file '{relativePath}' ({e.Message.TrimEnd('.')}). Check that you may read it.");
            return null;
        }
    }
}
