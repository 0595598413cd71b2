using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>Reads course/tracking.lock: the ids of the last release, one 'kind id' line each.</summary>
internal static class TrackingLockReader
{
    public const string FileName = "tracking.lock";

    /// <summary>The lock's lines, or null when the course has none (or it cannot be read, which is reported).</summary>
    public static TrackingLockFile? Read(CourseFolder folder, DiagnosticBag diagnostics)
    {
        if (!folder.Exists(FileName))
        {
            return null;
        }

        var text = SourceText.Read(folder, FileName, diagnostics);
        if (text is null)
        {
            return null;
        }

        var location = new SourceLocation(folder.DisplayPath(FileName));
        var lines = text.Split('\n')
            .Select((line, i) => new TrackingLockLine(line.Trim(), location with { Line = i + 1, Column = 1 }))
            .Where(line => line.Text.Length > 0 && !line.Text.StartsWith('#'))
            .ToList();
        return new TrackingLockFile(location, lines);
    }
}
