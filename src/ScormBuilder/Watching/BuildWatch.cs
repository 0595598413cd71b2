namespace ScormBuilder.Cli.Watching;

/// <summary>
/// 'build --watch': builds, then builds again after every change to the course or the templates, printing one
/// summary line per build, until Ctrl+C. The zip is replaced only by a build that succeeds.
/// </summary>
internal sealed class BuildWatch(BuildOptions options, Reporter reporter)
{
    public async Task<int> RunAsync(CancellationToken stop)
    {
        var templates = new TemplateCache(options.TemplatesDirectory);
        var compiler = CourseCompiler.Default;
        // Watching starts before the first build, so that a file saved while it runs is not missed.
        using var watcher = new SourceWatcher(
            [options.CourseDirectory, options.TemplatesDirectory],
            options.OutputDirectory is null ? [] : [options.OutputDirectory]);

        // Ctrl+C before the first build has finished leaves nothing built to report.
        var exitCode = ExitCodes.Interrupted;
        try
        {
            using (reporter.Progress($"Building {options.CourseDirectory}"))
            {
                exitCode = reporter.Report(compiler.Run(options, templates.Load, stop));
            }

            reporter.Hint($"Watching {Describe.WatchedFolders(options.CourseDirectory, options.TemplatesDirectory)}: every save builds again. Press Ctrl+C to stop.");
            while (true)
            {
                var changes = await watcher.NextChangesAsync(stop);
                templates.ForgetIfChanged(changes);
                using (reporter.Progress($"{Describe.Changes(changes, options.CourseDirectory, options.TemplatesDirectory)}: rebuilding"))
                {
                    exitCode = reporter.Report(compiler.Run(options, templates.Load, stop));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A build cut short wrote nothing, so the code stays that of the last build that finished.
            reporter.Hint("Stopped watching.");
            return exitCode;
        }
    }
}
