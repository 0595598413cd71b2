using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// Whether the version being built is approved: every required role has reviewed this version, no review claims
/// another, and the review date is set and has not passed. Warnings, which '--strict' makes errors.
/// </summary>
internal sealed class ReviewRecordCheck(TimeProvider clock) : ICourseRule
{
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var record = course.ReviewRecord;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (record.NextReview is { } due && due < today)
        {
            diagnostics.Report(ValidationDiagnostics.ReviewOverdue, record.NextReviewLocation, CourseDate.Write(due));
        }

        if (record.RequiredReviews.Count > 0 && record.NextReview is null)
        {
            diagnostics.Report(ValidationDiagnostics.NoNextReview, record.RequiredReviewsLocation);
        }

        foreach (var review in record.Reviews.Where(r => r.Version != course.Version))
        {
            diagnostics.Report(ValidationDiagnostics.ReviewOfAnotherVersion, review.VersionLocation, review.Role, review.Version, course.Version);
        }

        foreach (var required in record.PendingFor(course.Version))
        {
            diagnostics.Report(ValidationDiagnostics.ReviewMissing, required.Location, course.Version, required.Role);
        }
    }
}
