using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Targets;

namespace ScormBuilder.Packaging;

/// <summary>
/// The package again under each target's own name ('package: name:'), the same bytes as the standard zip: written
/// as pending files beside it and moved into place with it, so no target's name is left describing another build.
/// Disposed uncommitted, they are deleted.
/// </summary>
internal sealed class TargetPackageFiles : IDisposable
{
    private readonly List<(Target Target, PendingFile File)> _targets = [];
    private readonly List<PendingFile> _files = [];

    public static TargetPackageFiles None => new();

    /// <summary>The copies, not yet in place; null after reporting why one could not be written.</summary>
    public static TargetPackageFiles? Write(IReadOnlyList<Target> targets, Course course, string outputDirectory, PendingFile zip, DiagnosticBag diagnostics)
    {
        var copies = new TargetPackageFiles();
        foreach (var target in targets)
        {
            if (target.OwnPackageFileName(course.Id, course.Version) is not { } name)
            {
                continue;
            }

            var path = Path.Combine(outputDirectory, name);
            // Two targets may give the same name: one file, named by both.
            if (copies._files.Find(f => f.Target == Path.GetFullPath(path)) is { } written)
            {
                copies._targets.Add((target, written));
                continue;
            }

            try
            {
                // Found now, a folder in the way fails the build before anything is moved into place, not after the zip.
                if (Directory.Exists(path))
                {
                    throw new IOException("a folder has that name");
                }

                var pending = PendingFile.Create(path);
                copies._files.Add(pending);
                copies._targets.Add((target, pending));
                zip.Stream.Position = 0;
                zip.Stream.CopyTo(pending.Stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                copies.Dispose();
                diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(path),
                    $"Cannot write the package for target '{target.Name}' ({e.Message.TrimEnd('.')}). Check the output folder is writable.");
                return null;
            }
        }

        return copies;
    }

    /// <summary>Moves every copy into place; false after reporting the first that could not be.</summary>
    public bool Commit(DiagnosticBag diagnostics) => PendingFile.CommitAll(_files, "the target's package", diagnostics);

    /// <summary>Each target with its own name and that file's path, in the output folder as the build was given it.</summary>
    public IReadOnlyList<TargetPackageSummary> Summaries(string outputDirectory) =>
        [.. _targets.Select(t => new TargetPackageSummary(t.Target.Name, Path.Combine(outputDirectory, Path.GetFileName(t.File.Target))))];

    public void Dispose() => _files.ForEach(f => f.Dispose());
}
