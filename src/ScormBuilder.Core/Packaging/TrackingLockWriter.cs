using System.Text;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Packaging;

/// <summary>Records the course's tracked ids in tracking.lock as the new release (build --update-lock).</summary>
internal static class TrackingLockWriter
{
    private const string Header =
        "# ScormBuilder tracking lock: the ids that learners' saved progress refers to.\n" +
        "# Written by 'scormbuilder build --update-lock' at a release; commit it with the course.\n";

    /// <summary>Every tracked id, as 'kind id' lines in the lock's order.</summary>
    public static string Text(Course course, IReadOnlyList<string> kindOrder) =>
        Header + string.Concat(TrackedIds.Of(course, kindOrder).Select(e => e + "\n"));

    /// <summary>
    /// Writes the new lock to a temporary file beside tracking.lock, not yet in place: the caller commits it after
    /// the package. Null (reported) when it could not be written.
    /// </summary>
    public static PendingFile? Write(Course course, IReadOnlyList<string> kindOrder, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var path = folder.AbsolutePath(TrackingLockReader.FileName);
        if (Directory.Exists(path))
        {
            Report(folder, "it is a folder", diagnostics);
            return null;
        }

        PendingFile? pending = null;
        try
        {
            pending = PendingFile.Create(path);
            pending.Stream.Write(Encoding.UTF8.GetBytes(Text(course, kindOrder)));
            return pending;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            pending?.Dispose();
            Report(folder, e.Message.TrimEnd('.'), diagnostics);
            return null;
        }
    }

    /// <summary>Reports that the lock could not be written or moved into place.</summary>
    public static void Report(CourseFolder folder, string reason, DiagnosticBag diagnostics) =>
        diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(folder.DisplayPath(TrackingLockReader.FileName)),
            $"Cannot write tracking.lock ({reason}). Check that the course folder is writable, then run --update-lock again.");
}
