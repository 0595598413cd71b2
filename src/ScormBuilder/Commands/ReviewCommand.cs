using System.CommandLine;

namespace ScormBuilder.Cli.Commands;

/// <summary>'scormbuilder review': checks the course as 'check --lint' does, then writes the review pack (one HTML file).</summary>
internal sealed class ReviewCommand(Reporter reporter) : CliCommand<ReviewCommand.Settings>(reporter)
{
    private readonly Argument<string> _course = CourseOptions.CourseDirectory();
    private readonly Option<string?> _templates = CourseOptions.Templates();
    private readonly Option<bool> _strict = CourseOptions.Strict();
    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "The file to write the review pack to (default: dist/<id>-<version>-review.html).",
    };

    private readonly Option<string?> _since = new("--since")
    {
        Description = "A previous release's package (the -scorm12.zip uploaded to the LMS): mark what changed since it.",
    };

    internal sealed record Settings(ReviewOptions Options) : CommandSettings
    {
        public override string? Validate() =>
            CourseOptions.SinceMissing(Options.Since) ?? CourseOptions.FoldersMissing(Options.CourseDirectory, Options.TemplatesDirectory);
    }

    protected override Command Declare()
    {
        CourseOptions.RefuseBlank(_output, "the file to write the review pack to, e.g. 'review.html'");
        CourseOptions.RefuseBlank(_since, "the previous release's zip, e.g. 'dist/my-course-1.0.0-scorm12.zip'");
        return new("review", "Write the review pack: one HTML file a reviewer reads or prints to sign the course off.") { _course, _output, _since, _templates, _strict };
    }

    protected override Settings Bind(ParseResult parsed) => new(new ReviewOptions(
        parsed.GetValue(_course)!, CourseOptions.TemplatesOrDefault(parsed.GetValue(_templates)), parsed.GetValue(_output), parsed.GetValue(_strict),
        parsed.GetValue(_since)));

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation)
    {
        BuildResult result;
        using (Reporter.Progress($"Reviewing {settings.Options.CourseDirectory}"))
        {
            result = CourseReviewer.Default.Run(settings.Options);
        }

        return Task.FromResult(Reporter.Report(result,
            result.Summary?.PackagePath is { } path ? $"Wrote the review pack {path.Replace('\\', '/')}" : null,
            "No review pack was written."));
    }
}
