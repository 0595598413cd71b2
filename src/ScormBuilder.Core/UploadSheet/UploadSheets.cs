using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;
using ScormBuilder.Model;
using ScormBuilder.Packaging;
using ScormBuilder.Targets;

namespace ScormBuilder.UploadSheet;

/// <summary>
/// The uploader's sheets of one build, one per target, written beside the zip as pending files and moved into place
/// after it, so that a sheet always describes the zip actually written. Disposed uncommitted, they are deleted.
/// </summary>
internal sealed class UploadSheets : IDisposable
{
    private readonly List<(Target Target, PendingFile File)> _files = [];
    private readonly Course? _course;
    private readonly ManifestFacts? _manifest;

    private UploadSheets(Course? course = null, PackageFacts? package = null, ManifestFacts? manifest = null)
    {
        _course = course;
        Package = package;
        _manifest = manifest;
    }

    /// <summary>The zip the sheets describe; null when there are none.</summary>
    public PackageFacts? Package { get; }

    public static UploadSheets None => new();

    /// <summary>The sheet's file name: the package's id and version, then the target's name.</summary>
    public static string FileNameOf(Course course, Target target) => $"{course.Id}-{course.Version}-{target.Name}-upload.html";

    /// <summary>
    /// The sheets, not yet in place; null after reporting why one could not be written. They show the values of
    /// <paramref name="manifest"/>, the imsmanifest.xml written into the zip.
    /// </summary>
    public static UploadSheets? Write(IReadOnlyList<Target> targets, Course course, byte[] manifest, string outputDirectory, PackageFacts package,
        DiagnosticBag diagnostics)
    {
        var sheets = new UploadSheets(course, package, StoredRows.Read(manifest));
        foreach (var target in targets)
        {
            var path = Path.Combine(outputDirectory, FileNameOf(course, target));
            try
            {
                var pending = PendingFile.Create(path);
                sheets._files.Add((target, pending));
                pending.Stream.Write(UploadSheetWriter.Write(target, course, package with { FileName = target.OwnPackageFileName(course.Id, course.Version) ?? package.FileName }, sheets._manifest!));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                sheets.Dispose();
                diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(path),
                    $"Cannot write the uploader's sheet ({e.Message.TrimEnd('.')}). Check the output folder is writable.");
                return null;
            }
        }

        return sheets;
    }

    /// <summary>Moves every sheet into place; false after reporting the first that could not be.</summary>
    public bool Commit(DiagnosticBag diagnostics) => PendingFile.CommitAll(_files.Select(f => f.File), "the uploader's sheet", diagnostics);

    /// <summary>Each sheet's target and path, the path in the output folder as the build was given it.</summary>
    public IReadOnlyList<UploadSheetSummary> Summaries(string outputDirectory) =>
        [.. _files.Select(f => Summary(f.Target, Path.Combine(outputDirectory, Path.GetFileName(f.File.Target))))];

    private UploadSheetSummary Summary(Target target, string path) => new(target.Name, target.Platform, path)
    {
        Fields = [.. target.Form.Select(f => new SheetField(f.Label, CourseFacts.Value(_course!, f.Fact, Package!.FileName), f.Required))],
        Launch = LaunchRows.Of(target),
        Stored = StoredRows.Of(target, _manifest!),
        Settings = [.. target.Settings.Select(s => new SheetSetting(s.Setting, s.Choose, s.Why))],
        Checks = target.Checks,
        NotPublished = target.NotPublished,
    };

    public void Dispose() => _files.ForEach(f => f.File.Dispose());
}
