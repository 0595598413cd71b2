namespace ScormBuilder.Cli.Commands;

/// <summary>'build' without --watch, and 'check': compiles the course once and reports it.</summary>
internal static class OneBuild
{
    /// <summary>
    /// Loads, validates, renders and (with an output folder) writes the course, and returns the exit code. Ctrl+C
    /// stops it between stages, before anything is moved into place. With <paramref name="json"/> (build --format json)
    /// it prints what was written as JSON instead of the summary lines.
    /// </summary>
    public static int Run(BuildOptions options, Reporter reporter, CancellationToken cancellation, bool json = false)
    {
        BuildResult result;
        try
        {
            using (reporter.Progress(options.OutputDirectory is null ? $"Checking {options.CourseDirectory}" : $"Building {options.CourseDirectory}"))
            {
                result = CourseCompiler.Default.Run(options, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            reporter.Hint(options.OutputDirectory is null ? "Check stopped." : "Build stopped: no package was written.");
            return ExitCodes.Interrupted;
        }

        if (!json || result.Summary is not { } summary)
        {
            return reporter.Report(result);
        }

        reporter.Diagnostics(result.Diagnostics);
        reporter.Note(BuildJson.Write(summary));
        return ExitCodes.Success;
    }
}
