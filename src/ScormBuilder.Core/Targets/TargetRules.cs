using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Targets;

/// <summary>
/// Checks a course against one target's rules, each problem at the course.yaml line of the fact that breaks it,
/// so the uploader never meets it first on the platform's form.
/// </summary>
internal sealed class TargetRules(Target target)
{
    public void Check(Course course, string packageFileName, DiagnosticBag diagnostics)
    {
        var limits = target.Limits;
        var listing = course.Listing;
        Length("title", course.Title, limits.Title, "stores", course, diagnostics);
        Length("description", course.Description, limits.Description, "accepts", course, diagnostics);
        Length("licence", listing.Licence, limits.Copyright, "stores as the copyright", course, diagnostics);
        CheckKeywords(course, diagnostics);
        if (limits.Authors is { } most && course.Authors.Count > most)
        {
            diagnostics.Report(TargetDiagnostics.TargetTooManyAuthors, Place("authors", course),
                $"authors lists {course.Authors.Count}; {target.Platform}'s form takes at most {most}. Name a team instead of each person.");
        }

        if (listing.Licence is { } licence && target.Licences.Count > 0 && !target.Licences.Contains(licence, StringComparer.Ordinal))
        {
            diagnostics.Report(TargetDiagnostics.TargetLicenceNotAccepted, Place("licence", course),
                $"licence '{DiagnosticText.Quote(licence)}' is not one {target.Platform} offers. Use one of: {string.Join("; ", target.Licences)}.");
        }

        foreach (var field in target.Form.Where(f => f.Required && !CourseFacts.Gives(course, f.Fact, packageFileName)))
        {
            diagnostics.Report(TargetDiagnostics.TargetFactMissing, course.Location,
                $"{target.Platform}'s upload form asks for '{field.Label}', but course.yaml has no '{field.Fact}:'. Add it.");
        }

        // A target with its own package name is uploaded that file, whose ending its loading already checked.
        if (target.PackageName.Pattern is null && !target.PackageName.Allows(packageFileName))
        {
            diagnostics.Report(TargetDiagnostics.TargetFileName, course.Location,
                $"The package '{DiagnosticText.Quote(packageFileName)}' does not end in '{target.PackageName.Extension}'{(target.PackageName.ExactCase ? " (in that case)" : "")}, which {target.Platform} requires.");
        }
    }

    private void CheckKeywords(Course course, DiagnosticBag diagnostics)
    {
        var limits = target.Limits;
        for (var i = 0; limits.Keyword is { } each && i < course.Keywords.Count; i++)
        {
            if (course.Keywords[i].Length > each)
            {
                var place = i < course.Listing.KeywordPlaces.Count ? course.Listing.KeywordPlaces[i] : Place("keywords", course);
                diagnostics.Report(TargetDiagnostics.TargetKeywordTooLong, place,
                    $"keyword '{DiagnosticText.Quote(course.Keywords[i])}' is {course.Keywords[i].Length} characters; {target.Platform} accepts at most {each} for each keyword. Shorten or split it.");
            }
        }

        var all = string.Join(",", course.Keywords).Length;
        if (limits.Keywords is { } most && all > most)
        {
            diagnostics.Report(TargetDiagnostics.TargetKeywordsTooLong, Place("keywords", course),
                $"keywords are {all} characters together (joined by commas); {target.Platform} stores at most {most}. Remove some.");
        }
    }

    private void Length(string key, string? value, int? most, string verb, Course course, DiagnosticBag diagnostics)
    {
        if (value is not null && most is { } limit && value.Length > limit)
        {
            diagnostics.Report(TargetDiagnostics.TargetTextTooLong, Place(key, course),
                $"{key} is {value.Length} characters; {target.Platform} {verb} at most {limit}. Shorten it.");
        }
    }

    private static SourceLocation Place(string key, Course course) =>
        course.Listing.Places.TryGetValue(key, out var place) ? place : course.Location;
}
