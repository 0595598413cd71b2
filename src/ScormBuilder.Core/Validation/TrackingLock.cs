using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// course/tracking.lock: the ids learners' saved progress refers to, as of the last release. A build compares
/// the course against it, so that renaming or removing an id (which silently drops every learner's progress
/// on it) is always reported: a warning, or an error under --strict.
/// </summary>
public static class TrackingLock
{
    public const string FileName = "tracking.lock";

    private const string Header =
        "# ScormBuilder tracking lock: the ids that learners' saved progress refers to.\n" +
        "# Written by 'scormbuilder build --update-lock' at a release; commit it with the course.\n";

    private static readonly string[] s_kinds = ["part", "question", "option", "prompt"];

    /// <summary>Every tracked id of the course, as 'kind id' lines in course order.</summary>
    public static IEnumerable<string> Entries(Course course)
    {
        foreach (var part in course.Parts)
        {
            yield return $"part {part.Id}";
        }

        foreach (var question in course.Quiz?.Questions ?? [])
        {
            yield return $"question {question.Id}";
            foreach (var option in question.Options)
            {
                yield return $"option {question.Id}/{option.Id}";
            }
        }

        foreach (var prompt in course.Parts.OfType<Reflection>().SelectMany(r => r.Prompts))
        {
            yield return $"prompt {prompt.Id}";
        }
    }

    public static void Compare(Course course, CourseFolder folder, bool strict, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(folder.DisplayPath(FileName));
        if (!folder.Exists(FileName))
        {
            diagnostics.Warning(DiagnosticCodes.NoLockFile, location,
                "There is no tracking.lock, so nothing warns you when a change would lose learners' saved progress. " +
                "Run 'scormbuilder build --update-lock' and commit the file.");
            return;
        }

        var text = SourceText.Read(folder, FileName, diagnostics);
        if (text is null)
        {
            return;
        }

        var current = Entries(course).ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var at = location with { Line = i + 1, Column = 1 };
            var parts = line.Split(' ');
            if (parts.Length != 2 || !s_kinds.Contains(parts[0]))
            {
                diagnostics.Error(DiagnosticCodes.InvalidLockFile, at,
                    $"'{line}' is not a tracking.lock entry ('part|question|option|prompt <id>'). Regenerate the file with 'scormbuilder build --update-lock'.");
            }
            else if (!current.Contains(line))
            {
                var message =
                    $"The {parts[0]} '{parts[1]}' was in the last release but is not in the course now, so learners lose any progress saved on it. " +
                    "If you renamed it, restore its old id; if you removed it on purpose, run 'scormbuilder build --update-lock'.";
                diagnostics.Add(new Diagnostic(strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticCodes.TrackedIdRemoved, at, message));
            }
        }
    }

    /// <summary>Records the course's ids as the new release; atomic, like the package. False when it could not.</summary>
    public static bool Write(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var path = folder.AbsolutePath(FileName);
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllText(temporary, Header + string.Concat(Entries(course).Select(e => e + "\n")));
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
