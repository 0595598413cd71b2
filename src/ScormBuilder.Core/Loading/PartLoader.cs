using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>Loads the parts course.yaml lists, handing each file to the kind that claims its path.</summary>
internal sealed class PartLoader(IReadOnlyList<IPartLoader> loaders, IReadOnlyList<SourceFolder> sourceFolders, LoadContext context)
{
    private CourseFolder Folder => context.Folder;

    private DiagnosticBag Diagnostics => context.Diagnostics;

    public IReadOnlyList<Part> LoadAll(IReadOnlyList<YamlNode> entries)
    {
        var parts = new List<Part>();
        var listed = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not YamlScalar { IsNull: false } scalar)
            {
                Diagnostics.Report(LoadingDiagnostics.WrongValueType, entry.Location,
                    $"Each entry in 'parts' must be a file path such as 'sessions/01-intro.md', not {entry.Describe()}.");
                continue;
            }

            var path = Folder.Resolve(CourseLoader.CourseFileName, scalar.Value, scalar.Location, Diagnostics);
            if (path is null)
            {
                continue;
            }

            if (!listed.TryAdd(path, scalar.Location))
            {
                Diagnostics.Report(LoadingDiagnostics.PartListedTwice, scalar.Location,
                    $"'{path}' is already listed at line {listed[path].Line}. List each part once.");
                continue;
            }

            context.MarkUsed(path);
            if (Load(path, scalar.Location) is { } part)
            {
                parts.Add(part);
            }
        }

        ReportUnusedFiles();
        return parts;
    }

    private Part? Load(string path, SourceLocation listedAt)
    {
        var loader = loaders.FirstOrDefault(l => l.Claims(path));
        if (loader is null)
        {
            var kinds = string.Join(", ", loaders.Select(l => l.SourcePattern).SkipLast(1));
            Diagnostics.Report(LoadingDiagnostics.UnknownPartKind, listedAt,
                $"'{path}' is not a kind of part the course knows. Parts are {kinds} and {loaders[^1].SourcePattern}.");
            return null;
        }

        if (!Folder.Exists(path))
        {
            Diagnostics.Report(LoadingDiagnostics.FileNotFound, listedAt,
                $"'{path}' is listed in 'parts' but does not exist. Create it, or fix the path.");
            return null;
        }

        var text = SourceText.Read(Folder, path, Diagnostics);
        return text is null ? null : loader.Load(new PartSource(path, Folder.DisplayPath(path), text), context);
    }

    private void ReportUnusedFiles()
    {
        foreach (var sourceFolder in sourceFolders)
        {
            foreach (var file in Folder.FilesIn(sourceFolder.Name, sourceFolder.FilePattern, Diagnostics))
            {
                var relative = $"{sourceFolder.Name}/{file}";
                if (!context.Used.Contains(relative))
                {
                    Diagnostics.Report(LoadingDiagnostics.UnlistedSourceFile, new SourceLocation(Folder.DisplayPath(relative)), sourceFolder.UnusedMessage);
                }
            }
        }
    }
}
