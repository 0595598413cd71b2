using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>A whole course as loaded from its source folder. Immutable; every later stage reads it.</summary>
public sealed record Course(
    string Id,
    string Title,
    string Version,
    string Language,
    string Description,
    IReadOnlyList<string> Authors,
    int DurationMinutes,
    IReadOnlyList<LearningOutcome> Outcomes,
    IReadOnlyList<Part> Parts,
    CompletionRules Completion,
    int? MasteryScore,
    SourceLocation Location)
{
    /// <summary>Where mastery_score is written, for diagnostics about it.</summary>
    public SourceLocation MasteryScoreLocation { get; init; } = Location;

    /// <summary>The ids of the last release, from tracking.lock; null when the course has no lock file.</summary>
    public TrackingLockFile? Lock { get; init; }

    /// <summary>The owner, the reviews and the review date (course.yaml's owner, reviews, next_review, required_reviews).</summary>
    public ReviewRecord ReviewRecord { get; init; } = ReviewRecord.None;

    /// <summary>course.yaml's keywords, for the manifest's metadata; none when it lists none.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>course.yaml's licence, certificate, audience and competences, and where the listing's facts are written.</summary>
    public CourseListing Listing { get; init; } = CourseListing.None;

    /// <summary>Every file the course refers to that is not a part, with the place it is named.</summary>
    public IEnumerable<MediaReference> MediaReferences
    {
        get
        {
            var partFiles = Parts.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
            return Parts.SelectMany(p => p.Media).Concat(
                Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Links)
                    .Where(l => !l.IsExternal && !l.Target.EndsWith(".md", StringComparison.Ordinal) && !partFiles.Contains(l.Target))
                    .Select(l => new MediaReference(l.Target, l.Location)));
        }
    }

    /// <summary>
    /// The part (or embedded transcript) each source file becomes on the page: every Markdown body, and each part's
    /// own file, so a link to 'quiz.yaml' or 'references.yaml' opens that part as a link to a Markdown part does.
    /// </summary>
    public IReadOnlyDictionary<string, string> OwnerIdsBySourcePath
    {
        get
        {
            var owners = Parts.SelectMany(p => p.Bodies).GroupBy(b => b.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().OwnerId, StringComparer.Ordinal);
            foreach (var part in Parts)
            {
                owners.TryAdd(part.SourcePath, part.Id);
            }

            return owners;
        }
    }
}

public sealed record LearningOutcome(string Id, string Text, SourceLocation Location);

/// <summary>How the learner-side runtime decides the status it reports to the LMS.</summary>
public sealed record CompletionRules(FailedQuizStatus FailedQuizStatus);

public enum FailedQuizStatus
{
    Incomplete,
    Failed,
}

/// <summary>tracking.lock as read: its entries with their lines, and the file's place for diagnostics.</summary>
public sealed record TrackingLockFile(SourceLocation Location, IReadOnlyList<TrackingLockLine> Lines);

/// <summary>One non-comment line of tracking.lock, as written.</summary>
public sealed record TrackingLockLine(string Text, SourceLocation Location);
