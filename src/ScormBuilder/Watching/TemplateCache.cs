using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;

namespace ScormBuilder.Cli.Watching;

/// <summary>
/// The templates, loaded once and kept across rebuilds until something under the templates folder changes:
/// most edits are to the course, and compiling the templates again would only slow every rebuild down.
/// </summary>
internal sealed class TemplateCache(string directory)
{
    private readonly string _fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
    private TemplateSet? _templates;

    /// <summary>Returns the templates, loading them (and reporting their problems) when none are kept.</summary>
    public TemplateSet? Load(DiagnosticBag diagnostics)
    {
        if (_templates is not null)
        {
            return _templates;
        }

        var own = new DiagnosticBag();
        var templates = TemplateSet.Load(directory, own);
        foreach (var diagnostic in own.ToSortedList())
        {
            diagnostics.Add(diagnostic);
        }

        // Templates with problems are loaded again next time, so that their diagnostics are reported again too.
        _templates = own.Count == 0 ? templates : null;
        return templates;
    }

    /// <summary>Drops the kept templates when any of <paramref name="changedPaths"/> is under the templates folder.</summary>
    public void ForgetIfChanged(IEnumerable<string> changedPaths)
    {
        if (changedPaths.Any(path => (path + Path.DirectorySeparatorChar).StartsWith(_fullPath, StringComparison.Ordinal)))
        {
            _templates = null;
        }
    }
}
