using System.Diagnostics;
using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Cli.Preview;

/// <summary>
/// 'preview PACKAGE.zip': plays any SCORM 1.2 package, ours or a supplier's, beside the same test LMS, served from
/// the zip (nothing unpacked to disk) until Ctrl+C. A package is not rebuilt or watched: it is played as it is.
/// </summary>
internal sealed class PackagePreview(string packagePath, int port, string target, Reporter reporter)
{
    public async Task<int> RunAsync(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var (files, report, blocking) = PackageFiles.Open(packagePath);
        if (files is null)
        {
            return reporter.Failed(blocking.Select(f => ToDiagnostic(f, report.Package)),
                $"Cannot preview {DiagnosticText.Escape(report.Package)}: it is not a SCORM 1.2 package an LMS can launch. " +
                $"Run 'scormbuilder inspect {DiagnosticText.Escape(packagePath)}' for everything it holds.");
        }

        using (files)
        {
            var builds = new PreviewBuilds(target);
            if (await PreviewServer.StartOrReportAsync(builds, port, reporter) is not { } server)
            {
                return ExitCodes.UsageError;
            }

            await using (server)
            {
                var diagnostics = report.Findings.Select(f => ToDiagnostic(f, report.Package)).ToList();
                var served = new ServedPackage(1, Course(files, report.Package), report.Package, files.Read);
                builds.Publish(new PreviewBuild(1, diagnostics, () => served, clock.Elapsed));
                foreach (var diagnostic in diagnostics)
                {
                    reporter.Note(diagnostic.ToString());
                }

                reporter.Note($"Playing {DiagnosticText.Escape(report.Package)}: launches {DiagnosticText.Escape(files.Launch + files.LaunchQuery)}, " +
                    $"{report.FileCount.ToString("N0", CultureInfo.InvariantCulture)} files, {(report.BlocksUpload ? "with findings that would stop an upload (above)" : "no problems found")}.");
                reporter.Note($"Preview: {server.Address}");
                if (PreviewTargets.Describe(target) is { } acting)
                {
                    reporter.Hint(acting);
                }

                reporter.Hint("Open it in your browser. The package is served from the zip as it is, not watched: " +
                    "after replacing the zip, stop with Ctrl+C and run preview again.");
                try
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    reporter.Hint("Preview stopped.");
                }
            }
        }

        return ExitCodes.Success;
    }

    private static PreviewStatus.CourseInfo Course(PackageFiles files, string package)
    {
        var launch = files.Manifest.Launch!.Value;
        var mastery = decimal.TryParse(launch.Item.MasteryScore, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 100
            ? (int?)decimal.ToInt32(decimal.Round(score))
            : null;
        return new PreviewStatus.CourseInfo(launch.Item.Identifier, files.Manifest.Title ?? package, files.Manifest.Version, mastery, files.Launch, files.LaunchQuery);
    }

    private static Diagnostic ToDiagnostic(Finding finding, string package) => new(
        finding.BlocksUpload ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, finding.Code,
        new SourceLocation(finding.Where == package ? package : $"{package}/{finding.Where}"), $"{finding.Reason} {finding.Fix}");
}
