using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>
/// Who owns the course, which reviews it has had and which it needs, and when it is due again: what makes a
/// version approvable. Empty when course.yaml says nothing of it.
/// </summary>
public sealed record ReviewRecord(
    string? Owner,
    IReadOnlyList<Review> Reviews,
    DateOnly? NextReview,
    IReadOnlyList<RequiredReview> RequiredReviews,
    SourceLocation NextReviewLocation,
    SourceLocation RequiredReviewsLocation)
{
    public static ReviewRecord None { get; } = new(null, [], null, [], new SourceLocation(""), new SourceLocation(""));

    /// <summary>Each reference's check stays current this many months (course.yaml's references_max_age_months).</summary>
    public int ReferencesMaxAgeMonths { get; init; } = DefaultReferencesMaxAgeMonths;

    public const int DefaultReferencesMaxAgeMonths = 12;

    /// <summary>The most recent review of any version, or null when there has been none.</summary>
    public Review? Latest => Reviews.OrderBy(r => r.Date).LastOrDefault();

    /// <summary>The required roles (each once, as first named) that have not reviewed <paramref name="version"/>.</summary>
    public IEnumerable<RequiredReview> PendingFor(string version)
    {
        var reviewed = Reviews.Where(r => r.Version == version).Select(r => r.Role).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return RequiredReviews.DistinctBy(r => r.Role, StringComparer.OrdinalIgnoreCase).Where(r => !reviewed.Contains(r.Role));
    }
}

/// <summary>A review that happened: its role (clinical, editorial, …), who did it, when, and the version reviewed.</summary>
public sealed record Review(string Role, string By, DateOnly Date, string Version, SourceLocation Location, SourceLocation VersionLocation);

/// <summary>A role that must review each version, where required_reviews names it.</summary>
public sealed record RequiredReview(string Role, SourceLocation Location);
