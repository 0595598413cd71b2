using System.CommandLine;
using System.Text;
using ScormBuilder.Cli.Changes;
using ScormBuilder.Diagnostics;
using ScormBuilder.Releases;

namespace ScormBuilder.Cli.Commands;

/// <summary>
/// 'scormbuilder changes': release notes. Compiles the course in memory as build would, reads the previous
/// release's zip, and reports what learners will see change and what it means for those part-way through.
/// </summary>
internal sealed class ChangesCommand(Reporter reporter) : CliCommand<ChangesCommand.Settings>(reporter)
{
    private readonly Argument<string> _course = CourseOptions.CourseDirectory();
    private readonly Option<string?> _templates = CourseOptions.Templates();
    private readonly Option<string> _since = new("--since")
    {
        Description = "The previous release's package (the -scorm12.zip uploaded to the LMS) to compare with.",
        Required = true,
    };
    private readonly Option<string> _format = new("--format")
    {
        Description = "markdown (for an LMS's \"what's new\" and a CHANGELOG) or json (for automation).",
        DefaultValueFactory = _ => "markdown",
    };
    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "The file to write the report to (default: print it).",
    };

    internal sealed record Settings(string CourseDirectory, string TemplatesDirectory, string Since, bool Json, string? Output) : CommandSettings
    {
        public override string? Validate() =>
            CourseOptions.SinceMissing(Since) ?? CourseOptions.FoldersMissing(CourseDirectory, TemplatesDirectory);
    }

    protected override Command Declare()
    {
        _format.AcceptOnlyFromAmong("markdown", "json");
        CourseOptions.RefuseBlank(_since, "the previous release's zip, e.g. 'dist/my-course-1.0.0-scorm12.zip'");
        CourseOptions.RefuseBlank(_output, "the file to write, e.g. 'CHANGES.md'");
        return new("changes", "List what learners will see change since a previous release's package, and what it means for those part-way through.")
        {
            _course, _since, _format, _output, _templates,
        };
    }

    protected override Settings Bind(ParseResult parsed) => new(
        parsed.GetValue(_course)!,
        CourseOptions.TemplatesOrDefault(parsed.GetValue(_templates)),
        parsed.GetValue(_since)!,
        parsed.GetValue(_format) == "json",
        parsed.GetValue(_output));

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        ReleaseComparison? comparison;
        using (Reporter.Progress($"Comparing {settings.CourseDirectory} with {settings.Since}"))
        {
            comparison = Compare(settings, diagnostics);
        }

        if (comparison is null)
        {
            return Task.FromResult(Reporter.Failed(diagnostics.ToSortedList().Where(d => d.IsError), "No report was written."));
        }

        var report = settings.Json ? JsonReport.Write(comparison) : MarkdownReport.Write(comparison);
        if (settings.Output is null)
        {
            Reporter.Note(report.TrimEnd('\n'));
            return Task.FromResult(ExitCodes.Success);
        }

        return Task.FromResult(Write(settings.Output, report));
    }

    private static ReleaseComparison? Compare(Settings settings, DiagnosticBag diagnostics)
    {
        // The current release is compiled exactly as 'build' compiles it, and read by the same reader as the zip.
        using var package = CourseCompiler.Default.Compile(settings.CourseDirectory, settings.TemplatesDirectory, diagnostics);
        return package is null ? null : ReleaseComparison.Between(settings.Since, ReleaseComparison.Read(package.Site), diagnostics);
    }

    // Written beside the target and moved into place, so a failed write never leaves half a report.
    private int Write(string path, string report)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".scormbuilder-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
            Reporter.Note($"Wrote {path.Replace('\\', '/')}.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            Reporter.Problem($"Cannot write '{path}' ({e.Message.TrimEnd('.')}). Check the folder exists and you may write to it.");
            return ExitCodes.CourseErrors;
        }
    }
}
