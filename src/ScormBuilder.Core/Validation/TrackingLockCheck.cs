using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// Compares the course with tracking.lock, the ids of the last release: renaming or removing an id silently drops
/// every learner's progress on it, so it is always reported: a warning by default, an error in the --strict severity map.
/// </summary>
internal sealed class TrackingLockCheck(IReadOnlyList<string> kindOrder, IReadOnlyList<string> trackedKinds)
{
    public void Check(Course course, SourceLocation lockLocation, DiagnosticBag diagnostics)
    {
        if (course.Lock is not { } lockFile)
        {
            diagnostics.Report(ValidationDiagnostics.NoLockFile, lockLocation,
                "There is no tracking.lock, so nothing warns you when a change would lose learners' saved progress. " +
                "Run 'scormbuilder build --update-lock' and commit the file.");
            return;
        }

        var current = TrackedIds.Of(course, kindOrder).Select(t => t.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var line in lockFile.Lines)
        {
            var parts = line.Text.Split(' ');
            if (parts.Length != 2 || !trackedKinds.Contains(parts[0]))
            {
                diagnostics.Report(LoadingDiagnostics.InvalidLockFile, line.Location,
                    $"'{line.Text}' is not a tracking.lock entry ('{string.Join('|', trackedKinds)} <id>'). Regenerate the file with 'scormbuilder build --update-lock'.");
            }
            else if (!current.Contains(line.Text))
            {
                var message =
                    $"The {parts[0]} '{parts[1]}' was in the last release but is not in the course now, so learners lose any progress saved on it. " +
                    "If you renamed it, restore its old id; if you removed it on purpose, run 'scormbuilder build --update-lock'.";
                diagnostics.Report(ValidationDiagnostics.TrackedIdRemoved, line.Location, message);
            }
        }
    }
}
