using ScormBuilder.Diagnostics;
namespace ScormBuilder.Inspection;

/// <summary>
/// The manifest and the zip agree: every href and &lt;file&gt; names a file in the zip (spelled in the same case: an
/// LMS's server is case-sensitive), and every file in the zip is listed (a warning: the course may still play).
/// </summary>
internal sealed class FileListRule : IPackageRule
{
    public IEnumerable<Finding> Check(InspectedPackage package)
    {
        if (package.Manifest is not { } manifest)
        {
            yield break;
        }

        var inZip = package.FileNames.ToHashSet(StringComparer.Ordinal);
        var folded = package.FileNames.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in manifest.Resources)
        {
            var named = resource.Files.Prepend(resource.Href).OfType<string>().Select(Normal).Distinct().ToList();
            listed.UnionWith(named);
            var missing = named.Where(n => !inZip.Contains(n)).ToList();
            if (missing.Count > 0)
            {
                var caseHint = missing.Select(m => folded.GetValueOrDefault(m)).OfType<string>().FirstOrDefault() is { } near
                    ? $" The zip has {Names.Quoted(near)}: the case differs, and an LMS's server is case-sensitive." : "";
                yield return new Finding(InspectionDiagnostics.ReferencedFileMissing, LaunchRule.At(resource.Line),
                    $"Resource {Names.Quoted(resource.Identifier)} names {missing.Count:N0} file{(missing.Count == 1 ? "" : "s")} the zip does not hold: {Names.Listed(missing)}.{caseHint}",
                    "Add the files to the zip, or correct the hrefs to match the files' names exactly.");
            }
        }

        var unlisted = package.FileNames.Where(n => !listed.Contains(n) && !IsControlFile(n) && !IsJunk(n)).ToList();
        if (unlisted.Count > 0)
        {
            yield return new Finding(InspectionDiagnostics.UnlistedFile, ManifestDocument.Name,
                $"{unlisted.Count:N0} file{(unlisted.Count == 1 ? " is" : "s are")} in the zip but no <file> lists {(unlisted.Count == 1 ? "it" : "them")}: {Names.Listed(unlisted)}.",
                "List them as <file href=\"…\"/> in the resource that uses them, or remove them from the zip.");
        }
    }

    private static string Normal(string href) => href.StartsWith("./", StringComparison.Ordinal) ? href[2..] : href;

    // The manifest and the schemas beside it at the root are the package's own control files, not the course's.
    private static bool IsControlFile(string name) =>
        name == ManifestDocument.Name || (!name.Contains('/') && (name.EndsWith(".xsd", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".dtd", StringComparison.OrdinalIgnoreCase)));

    private static bool IsJunk(string name) => name.StartsWith("__MACOSX/", StringComparison.Ordinal) || name.EndsWith(".DS_Store", StringComparison.Ordinal);
}
