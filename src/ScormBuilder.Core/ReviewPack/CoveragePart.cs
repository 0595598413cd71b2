namespace ScormBuilder.ReviewPack;

/// <summary>The outcome coverage table: per outcome, what teaches, practises and assesses it, and the exact chance a draw leaves it untested.</summary>
internal sealed class CoveragePart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        html.Element("p", "The chance is exact: how many of all equally likely draws of one attempt ask no question on the outcome. " +
            "It is 0 when every attempt asks one (always under a draw that covers outcomes).");
        html.Open("table", ("class", "coverage")).Open("thead").Open("tr");
        foreach (var heading in new[] { "Outcome", "Taught in", "Practised in", "Assessed by", "Chance an attempt leaves it untested" })
        {
            html.Element("th", heading, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in OutcomeCoverage.Of(context.Course))
        {
            html.Open("tr").Open("th", ("scope", "row")).Text($"{row.Outcome.Id}: {row.Outcome.Text} ")
                .Source(context.Relative(row.Outcome.Location.Path), row.Outcome.Location.Line);
            foreach (var finding in context.FindingsAt(context.Relative(row.Outcome.Location.Path), row.Outcome.Location.Line, row.Outcome.Location.Line + 1))
            {
                html.Element("p", $"Item-writing finding {finding.Code}: {finding.Message}", ("class", "finding"));
            }

            html.Close("th");
            html.Element("td", List(row.TaughtBy)).Element("td", List(row.PractisedBy)).Element("td", List(row.AssessedBy));
            html.Element("td", row.UntestedChance?.ToString() ?? "no quiz");
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
