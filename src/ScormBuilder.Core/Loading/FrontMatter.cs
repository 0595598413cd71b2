using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
internal sealed record FrontMatter(YamlObject Fields, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var fileStart = new SourceLocation(displayPath, 1, 1);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Report(LoadingDiagnostics.MissingFrontMatter, fileStart,
                "The file must start with YAML front matter: a line '---', then 'id:' and 'title:' lines, then '---'.");
            return null;
        }

        var lines = text.Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            diagnostics.Report(LoadingDiagnostics.MissingFrontMatter, fileStart,
                "The front matter is never closed. Add a line '---' after its last key.");
            return null;
        }

        var fields = YamlObject.Parse(string.Join('\n', lines[1..end]), displayPath, firstLine: 2, "the front matter", diagnostics);
        if (fields is null)
        {
            return null;
        }

        var body = string.Join('\n', lines[(end + 1)..]);
        return TextCharacters.Check(body, displayPath, firstLine: end + 2, diagnostics) ? new FrontMatter(fields, body, BodyFirstLine: end + 2) : null;
    }
}
