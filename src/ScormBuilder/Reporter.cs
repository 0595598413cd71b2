using System.Globalization;

namespace ScormBuilder.Cli;

/// <summary>Prints a build's diagnostics and its one-line summary, and chooses the exit code.</summary>
internal sealed class Reporter(TextWriter stdout, TextWriter stderr)
{
    public int Report(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (result.Summary is not { } summary)
        {
            stderr.WriteLine($"Build failed: {Count(errors, "error")}, {Count(warnings, "warning")}. No package was written.");
            return CommandLine.CourseErrors;
        }

        var what = summary.PackagePath is null ? "Checked" : $"Built {summary.PackagePath.Replace('\\', '/')}";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {Count(summary.Pages, "page")}, {Count(summary.Files, "file")}, {summary.Bytes:N0} bytes, {summary.Elapsed.TotalMilliseconds:F0} ms, {Count(warnings, "warning")}."));
        return CommandLine.Success;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
