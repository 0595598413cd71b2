using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>The review record (owner, required reviews, those recorded or pending, the next review) and a sign-off block per required role.</summary>
internal sealed class ReviewRecordPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var course = context.Course;
        var record = course.ReviewRecord;
        html.Open("dl", ("class", "facts"));
        html.Element("dt", "Owner").Element("dd", record.Owner ?? "not named");
        html.Element("dt", "Version reviewed here").Element("dd", course.Version);
        html.Element("dt", "Required reviews").Element("dd", record.RequiredReviews.Count == 0 ? "none named" : string.Join(", ", Roles(record)));
        html.Element("dt", "Next review").Element("dd", record.NextReview is { } next ? CourseDate.Write(next) : "not set");
        html.Close("dl");

        html.Open("table", ("class", "record")).Open("thead").Open("tr");
        foreach (var heading in new[] { "Role", "Reviewed by", "Date", "Version" })
        {
            html.Element("th", heading, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var review in record.Reviews)
        {
            html.Open("tr").Element("td", review.Role).Element("td", review.By).Element("td", CourseDate.Write(review.Date)).Element("td", review.Version).Close("tr");
        }

        foreach (var pending in record.PendingFor(course.Version))
        {
            html.Open("tr").Element("td", pending.Role).Element("td", "pending").Element("td", "pending").Element("td", course.Version).Close("tr");
        }

        if (record.Reviews.Count == 0 && record.RequiredReviews.Count == 0)
        {
            html.Open("tr").Element("td", "any").Element("td", "pending").Element("td", "pending").Element("td", course.Version).Close("tr");
        }

        html.Close("tbody").Close("table");

        html.Element("h3", "Sign-off");
        html.Element("p", $"I have reviewed version {course.Version} of '{course.Title}' as shown in this pack.");
        foreach (var role in record.RequiredReviews.Count == 0 ? ["reviewer"] : Roles(record))
        {
            html.Open("div", ("class", "sign-off"));
            html.Element("p", $"Role: {role}");
            foreach (var line in new[] { "Name", "Signature", "Date" })
            {
                html.Element("p", $"{line}: ", ("class", "sign-line"));
            }

            html.Close("div");
        }
    }

    private static IEnumerable<string> Roles(ReviewRecord record) =>
        record.RequiredReviews.Select(r => r.Role).Distinct(StringComparer.OrdinalIgnoreCase);
}
