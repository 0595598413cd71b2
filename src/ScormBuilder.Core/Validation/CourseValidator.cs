using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// Validate: the rules that span files. Those that hold for every kind of part live here (unique ids, outcomes
/// taught and assessed); each kind adds its own. Reads the model only.
/// </summary>
internal sealed class CourseValidator(IReadOnlyList<ICourseRule> rules)
{
    public void Validate(Course course, DiagnosticBag diagnostics)
    {
        CheckIdsAreUnique(course, diagnostics);
        CheckOutcomeCoverage(course, diagnostics);
        foreach (var rule in rules)
        {
            rule.Check(course, diagnostics);
        }
    }

    private static void CheckIdsAreUnique(Course course, DiagnosticBag diagnostics)
    {
        // One namespace for every id: they become HTML ids on the same page and keys in saved progress.
        var seen = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var ids = course.Outcomes.Select(o => (o.Id, o.Location)).Concat(course.Parts.SelectMany(p => p.Ids));
        foreach (var (id, location) in ids)
        {
            if (!seen.TryAdd(id, location))
            {
                var first = seen[id];
                diagnostics.Report(ValidationDiagnostics.DuplicateId, location,
                    $"The id '{id}' is already used at {first}. Ids must be unique in the whole course (ignoring case); rename one.");
            }
        }
    }

    private static void CheckOutcomeCoverage(Course course, DiagnosticBag diagnostics)
    {
        var outcomeIds = course.Outcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var taught = course.Parts.SelectMany(p => p.Teaches).ToList();
        var assessed = course.Parts.SelectMany(p => p.Assesses).ToList();
        foreach (var reference in taught.Concat(assessed).Where(r => !outcomeIds.Contains(r.Id)))
        {
            diagnostics.Report(ValidationDiagnostics.UnknownOutcome, reference.Location,
                $"'{reference.Id}' is not a learning outcome in course.yaml.{Suggest.DidYouMean(reference.Id, outcomeIds)}");
        }

        var taughtIds = taught.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var assessedIds = assessed.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var hasAssessment = course.Parts.Any(p => p.IsAssessment);
        foreach (var outcome in course.Outcomes)
        {
            if (!taughtIds.Contains(outcome.Id))
            {
                diagnostics.Report(ValidationDiagnostics.OutcomeNotTaught, outcome.Location,
                    $"No session teaches outcome '{outcome.Id}'. Add it to the 'outcomes:' of the session that covers it.");
            }

            if (hasAssessment && !assessedIds.Contains(outcome.Id))
            {
                diagnostics.Report(ValidationDiagnostics.OutcomeNotAssessed, outcome.Location,
                    $"No quiz question assesses outcome '{outcome.Id}'. Add it to the 'outcomes:' of a question that tests it.");
            }
        }
    }
}
