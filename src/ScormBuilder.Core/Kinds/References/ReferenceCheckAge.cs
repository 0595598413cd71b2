using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.References;

/// <summary>
/// Whether each reference's check is current: checked within course.yaml's references_max_age_months of today (the
/// pipeline's clock, as for the review date), and checked at all. Warnings, which '--strict' makes errors.
/// </summary>
/// <param name="clock">Read when the rule runs, so a clock set on the builder after the kinds still counts.</param>
internal sealed class ReferenceCheckAge(Func<TimeProvider> clock) : ICourseRule
{
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var today = DateOnly.FromDateTime(clock().GetLocalNow().DateTime);
        var months = course.ReviewRecord.ReferencesMaxAgeMonths;
        foreach (var reference in course.Parts.OfType<ReferenceList>().SelectMany(list => list.All))
        {
            if (reference.Checked is not { } check)
            {
                diagnostics.Report(ValidationDiagnostics.ReferenceNeverChecked, reference.Location, reference.Id);
            }
            else if (check.Date.AddMonths(months) < today)
            {
                diagnostics.Report(ValidationDiagnostics.ReferenceCheckOld, check.Location, reference.Id, CourseDate.Write(check.Date), months);
            }
        }
    }
}
