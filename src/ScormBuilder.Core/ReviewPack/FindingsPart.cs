namespace ScormBuilder.ReviewPack;

/// <summary>The item-writing findings (also shown at their questions), then the build's other warnings.</summary>
internal sealed class FindingsPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var findings = context.Findings.ToList();
        html.Element("h3", $"Item-writing findings ({findings.Count})");
        WriteList(html, findings, "The item-writing checks found nothing.");
        var others = context.Warnings.Except(findings).ToList();
        html.Element("h3", $"Other warnings ({others.Count})");
        WriteList(html, others, "The build gave no other warning.");
    }

    private static void WriteList(ReviewHtml html, IReadOnlyList<Diagnostics.Diagnostic> diagnostics, string none)
    {
        if (diagnostics.Count == 0)
        {
            html.Element("p", none);
            return;
        }

        html.Open("ul", ("class", "findings"));
        foreach (var diagnostic in diagnostics)
        {
            html.Open("li").Source(diagnostic.Location.Path, diagnostic.Location.Line).Text($" {diagnostic.Code}: {diagnostic.Message}").Close("li");
        }

        html.Close("ul");
    }
}
