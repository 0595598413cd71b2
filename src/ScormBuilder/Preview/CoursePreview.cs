using System.Diagnostics;
using ScormBuilder.Cli.Watching;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Cli.Preview;

/// <summary>
/// 'preview': builds the course in memory, serves it beside a test LMS, and rebuilds after every change to the
/// course or the templates until Ctrl+C. A rebuild with errors leaves the last good build on show.
/// </summary>
internal sealed class CoursePreview(string courseDirectory, string templatesDirectory, int port, bool watch, string target, Reporter reporter,
    IReadOnlyList<string>? targets = null)
{
    private readonly PreviewBuilds _builds = new(target);
    private readonly TemplateCache _templates = new(templatesDirectory);
    private readonly CourseCompiler _compiler = CourseCompiler.Default;
    private int _buildNumber;

    public async Task<int> RunAsync(CancellationToken stop)
    {
        // The server starts first, so that a port in use is reported before any build output.
        if (await PreviewServer.StartOrReportAsync(_builds, port, reporter) is not { } server)
        {
            return ExitCodes.UsageError;
        }

        await using (server)
        {
            using var watcher = new SourceWatcher([courseDirectory, templatesDirectory], []);
            using (reporter.Progress($"Building {courseDirectory}"))
            {
                Build();
            }

            reporter.Note($"Preview: {server.Address}");
            if (PreviewTargets.Describe(target) is { } acting)
            {
                reporter.Hint(acting);
            }

            reporter.Hint(watch
                ? $"Open it in your browser. Every save under {Describe.WatchedFolders(courseDirectory, templatesDirectory)} rebuilds and reloads it. Press Ctrl+C to stop."
                : "Open it in your browser. Press Ctrl+C to stop.");
            try
            {
                if (!watch)
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }

                while (true)
                {
                    var changes = await watcher.NextChangesAsync(stop);
                    _templates.ForgetIfChanged(changes);
                    using (reporter.Progress($"{Describe.Changes(changes, courseDirectory, templatesDirectory)}: rebuilding"))
                    {
                        Build();
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                reporter.Hint("Preview stopped.");
            }
        }

        return _builds.Status() is { Succeeded: true } ? ExitCodes.Success : ExitCodes.CourseErrors;
    }

    private void Build()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var package = _compiler.Compile(courseDirectory, _templates.Load(diagnostics), diagnostics, targets);
        var sorted = diagnostics.ToSortedList();
        var number = ++_buildNumber;
        var build = new PreviewBuild(number, sorted, package is null ? null : () => ServedPackage.Of(number, package), clock.Elapsed);
        _builds.Publish(build);

        var summary = package is { } built
            ? new BuildSummary(null, built.Site.PageCount, built.FileCount, built.UncompressedBytes, build.Elapsed)
            : null;
        var shown = _builds.Served is { } served
            ? $"The preview still shows build {served.BuildNumber}."
            : "There is nothing to preview until it builds.";
        reporter.Report(new BuildResult(sorted, summary), $"Previewing build {build.Number}", shown);
    }
}
