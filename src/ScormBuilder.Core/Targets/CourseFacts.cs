using System.Globalization;
using ScormBuilder.Model;

namespace ScormBuilder.Targets;

/// <summary>
/// The course.yaml facts a target's form field names (<see cref="TargetShape.Facts"/>), read from the course; and
/// package_file, the one fact that is not the course's: the zip's file name.
/// </summary>
internal static class CourseFacts
{
    /// <summary>The fact's value as the form takes it, or null when course.yaml does not give it.</summary>
    public static string? Value(Course course, string fact, string packageFileName) => fact switch
    {
        "package_file" => packageFileName,
        "title" => course.Title,
        "description" => NullIfEmpty(course.Description),
        "keywords" => course.Keywords.Count == 0 ? null : string.Join(", ", course.Keywords),
        "authors" => course.Authors.Count == 0 ? null : string.Join(", ", course.Authors),
        "owner" => course.ReviewRecord.Owner,
        "licence" => course.Listing.Licence,
        "certificate" => course.Listing.Certificate is { } issued ? (issued ? "Yes" : "No") : null,
        "audience" => course.Listing.Audience,
        // An empty list is an answer: the course counts for no competence.
        "competences" => course.Listing.Places.ContainsKey("competences") ? string.Join(", ", course.Listing.Competences) : null,
        "version" => course.Version,
        "language" => course.Language,
        "duration_minutes" => course.DurationMinutes.ToString(CultureInfo.InvariantCulture),
        "mastery_score" => course.MasteryScore?.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "Not a fact TargetShape.Facts lists."),
    };

    public static bool Gives(Course course, string fact, string packageFileName) => Value(course, fact, packageFileName) is not null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
