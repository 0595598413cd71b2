using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Packaging;

/// <summary>Records the course's tracked ids in tracking.lock as the new release (build --update-lock).</summary>
internal static class TrackingLockWriter
{
    public const string FileName = "tracking.lock";

    private const string Header =
        "# ScormBuilder tracking lock: the ids that learners' saved progress refers to.\n" +
        "# Written by 'scormbuilder build --update-lock' at a release; commit it with the course.\n";

    /// <summary>Every tracked id, as 'kind id' lines in the lock's order.</summary>
    public static string Text(Course course, IReadOnlyList<string> kindOrder) =>
        Header + string.Concat(TrackedIds.Of(course, kindOrder).Select(e => e + "\n"));

    /// <summary>Writes the lock atomically, like the package. False (reported) when it could not.</summary>
    public static bool Write(Course course, IReadOnlyList<string> kindOrder, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var path = folder.AbsolutePath(FileName);
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllText(temporary, Text(course, kindOrder));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The original failure is what the author needs to hear about.
            }

            diagnostics.Error(DiagnosticCodes.OutputNotWritable, new SourceLocation(folder.DisplayPath(FileName)),
                $"Cannot write tracking.lock ({e.Message.TrimEnd('.')}). Check that the course folder is writable, then run --update-lock again.");
            return false;
        }
    }
}
