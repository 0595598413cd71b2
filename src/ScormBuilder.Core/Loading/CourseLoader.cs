using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>
/// Load: reads course.yaml, every part it lists (each through the loader of its kind), the media they name and
/// tracking.lock into a <see cref="Course"/>.
/// </summary>
internal sealed partial class CourseLoader(IReadOnlyList<IPartLoader> loaders, IReadOnlyList<SourceFolder> sourceFolders, IReadOnlyList<IBodyBlockReader> blockReaders)
{
    public const string CourseFileName = "course.yaml";

    /// <summary>Returns the course, or null when a problem stops the model from being built.</summary>
    public Course? Load(CourseFolder folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder.FullPath))
        {
            diagnostics.Report(LoadingDiagnostics.FileNotFound, new SourceLocation(folder.DisplayPath("")),
                "The course folder does not exist. Name the folder that holds course.yaml.");
            return null;
        }

        var displayPath = folder.DisplayPath(CourseFileName);
        var text = SourceText.Read(folder, CourseFileName, diagnostics);
        if (text is null)
        {
            return null;
        }

        var fileStart = new SourceLocation(displayPath, 1, 1);
        var fields = YamlObject.Parse(text, displayPath, firstLine: 1, "the course", diagnostics, CourseShape.File);
        if (fields is null)
        {
            return null;
        }

        var id = Ids.Read(fields);
        var title = fields.String(CourseShape.Title);
        var version = ReadVersion(fields);
        var language = ReadLanguage(fields);
        var description = fields.String(CourseShape.Description) ?? "";
        var authors = fields.StringList(CourseShape.Authors).Select(a => a.Value).ToList();
        var duration = fields.Int(CourseShape.DurationMinutes);
        var outcomes = ReadOutcomes(fields);
        var completion = ReadCompletion(fields);
        var masteryScore = fields.Int(CourseShape.MasteryScore);
        var reviewRecord = ReviewRecordReader.Read(fields);
        var keywordNodes = fields.StringList(CourseShape.Keywords);
        var keywords = keywordNodes.Select(k => k.Value.Trim()).ToList();
        var listing = ReadListing(fields) with { KeywordPlaces = [.. keywordNodes.Select(k => k.Location)] };
        var context = new LoadContext(folder, diagnostics, blockReaders);
        var parts = new PartLoader(loaders, sourceFolders, context).LoadAll(fields.List(CourseShape.Parts));
        if (!diagnostics.HasErrors && !parts.Any(p => p.Required))
        {
            // A package with nothing required can never be completed: the LMS would show it as never finished.
            diagnostics.Report(ValidationDiagnostics.NothingToComplete, fields.LocationOf(CourseShape.Parts), parts.Count == 0
                ? "The course has no parts, so a learner could never complete it. List at least one part under 'parts'."
                : "Every part says 'required: false', so a learner could never complete the course. Make at least one part required.");
        }

        fields.ReportUnknownKeys();

        if (id is null || title is null || version is null || language is null || duration is null)
        {
            return null;
        }

        var course = new Course(id, title, version, language, description, authors, duration.Value, outcomes, parts,
            completion, masteryScore, fileStart)
        {
            MasteryScoreLocation = fields.LocationOf(CourseShape.MasteryScore),
            Lock = TrackingLockReader.Read(folder, diagnostics),
            ReviewRecord = reviewRecord,
            Keywords = keywords,
            Listing = listing,
        };
        MediaFiles.Check(course, folder, diagnostics);
        return course;
    }

    private static string? ReadVersion(YamlObject fields)
    {
        var version = fields.String(CourseShape.Version);
        if (version is not null && !VersionPattern().IsMatch(version))
        {
            fields.Diagnostics.Report(LoadingDiagnostics.InvalidValue, fields.LocationOf(CourseShape.Version),
                $"Version '{DiagnosticText.Quote(version)}' may use only letters, digits, '.' and '-' (it becomes part of the zip's name), e.g. '1.2.0'.");
            return null;
        }

        return version;
    }

    private static string? ReadLanguage(YamlObject fields)
    {
        var language = fields.String(CourseShape.Language);
        if (language is not null && !LanguagePattern().IsMatch(language))
        {
            fields.Diagnostics.Report(LoadingDiagnostics.InvalidValue, fields.LocationOf(CourseShape.Language),
                $"Language '{DiagnosticText.Quote(language)}' is not a language tag. Use one such as 'en-GB' or 'cy'.");
            return null;
        }

        return language;
    }

    private static List<LearningOutcome> ReadOutcomes(YamlObject fields)
    {
        var outcomes = new List<LearningOutcome>();
        foreach (var node in fields.List(CourseShape.Outcomes))
        {
            var outcome = YamlObject.From(node, fields.Location, "a learning outcome ('id:' and 'text:')", fields.Diagnostics, CourseShape.Outcome);
            if (outcome is null)
            {
                continue;
            }

            var id = Ids.Read(outcome);
            var text = outcome.String(CourseShape.OutcomeText);
            outcome.ReportUnknownKeys();
            if (id is not null && text is not null)
            {
                outcomes.Add(new LearningOutcome(id, text, outcome.LocationOf("id")));
            }
        }

        return outcomes;
    }

    // What platforms' upload forms ask, and where each fact a target checks is written.
    private static CourseListing ReadListing(YamlObject fields)
    {
        YamlKey[] placed = [CourseShape.Title, CourseShape.Description, CourseShape.Keywords, CourseShape.Authors, CourseShape.Licence,
            CourseShape.Certificate, CourseShape.Audience, CourseShape.Competences];
        return new CourseListing(
            fields.String(CourseShape.Licence),
            fields.Bool(CourseShape.Certificate),
            fields.String(CourseShape.Audience),
            [.. fields.StringList(CourseShape.Competences).Select(c => c.Value.Trim())])
        {
            Places = placed.Where(k => fields.Node(k) is not null).ToDictionary(k => k.Name, fields.LocationOf),
        };
    }

    private static CompletionRules ReadCompletion(YamlObject fields)
    {
        var completion = fields.Object(CourseShape.CompletionRules, "the completion rules");
        var failedStatus = completion?.Choice(CourseShape.FailedQuizStatus);
        completion?.ReportUnknownKeys();
        return new CompletionRules(failedStatus == "failed" ? FailedQuizStatus.Failed : FailedQuizStatus.Incomplete);
    }

    [GeneratedRegex(CourseShape.VersionPattern)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(CourseShape.LanguagePattern)]
    private static partial Regex LanguagePattern();
}
