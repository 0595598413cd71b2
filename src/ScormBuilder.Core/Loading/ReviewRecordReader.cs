using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Loading;

/// <summary>Reads course.yaml's owner, reviews, next_review, required_reviews and references_max_age_months into a <see cref="ReviewRecord"/>.</summary>
internal static class ReviewRecordReader
{
    public static ReviewRecord Read(YamlObject fields)
    {
        var owner = fields.String(CourseShape.Owner);
        var reviews = ReadReviews(fields);
        var nextReview = ReadDate(fields, CourseShape.NextReview);
        var required = fields.StringList(CourseShape.RequiredReviews)
            .Select(role => new RequiredReview(role.Value.Trim(), role.Location))
            .ToList();
        return new ReviewRecord(owner, reviews, nextReview, required,
            fields.LocationOf(CourseShape.NextReview), fields.LocationOf(CourseShape.RequiredReviews))
        {
            ReferencesMaxAgeMonths = fields.Int(CourseShape.ReferencesMaxAgeMonths) ?? ReviewRecord.DefaultReferencesMaxAgeMonths,
        };
    }

    private static List<Review> ReadReviews(YamlObject fields)
    {
        var reviews = new List<Review>();
        foreach (var node in fields.List(CourseShape.Reviews))
        {
            var review = YamlObject.From(node, fields.Location, "a review ('role:', 'by:', 'date:' and 'version:')", fields.Diagnostics, CourseShape.Review);
            if (review is null)
            {
                continue;
            }

            var role = review.String(CourseShape.ReviewRole);
            var by = review.String(CourseShape.ReviewBy);
            var date = ReadDate(review, CourseShape.ReviewDate);
            var version = review.String(CourseShape.ReviewVersion);
            review.ReportUnknownKeys();
            if (role is not null && by is not null && date is not null && version is not null)
            {
                reviews.Add(new Review(role, by, date.Value, version, node.Location, review.LocationOf(CourseShape.ReviewVersion)));
            }
        }

        return reviews;
    }

    /// <summary>A yyyy-mm-dd date, or null: absent, or reported as not a date.</summary>
    public static DateOnly? ReadDate(YamlObject fields, YamlKey key)
    {
        var text = fields.String(key);
        if (text is null)
        {
            return null;
        }

        if (CourseDate.TryRead(text, out var date))
        {
            return date;
        }

        fields.Diagnostics.Report(LoadingDiagnostics.InvalidValue, fields.LocationOf(key),
            $"'{key.Name}' is '{DiagnosticText.Quote(text)}', which is not a date. Write it as yyyy-mm-dd, e.g. '2027-12-06'.");
        return null;
    }
}
