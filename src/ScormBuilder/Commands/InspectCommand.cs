using System.CommandLine;
using ScormBuilder.Cli.Inspection;
using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Cli.Commands;

/// <summary>
/// 'scormbuilder inspect PACKAGE.zip': what any SCORM 1.2 package holds and what would stop it uploading or tracking,
/// read in place (nothing unpacked, nothing written). Exit 0 when nothing blocks an upload, 1 when something does.
/// </summary>
internal sealed class InspectCommand(Reporter reporter) : CliCommand<InspectCommand.Settings>(reporter)
{
    private readonly Argument<string> _package = new("PACKAGE") { Description = "The SCORM 1.2 zip to inspect: ours or a supplier's." };
    private readonly Option<string> _format = new("--format")
    {
        Description = "How to print the report: 'text' for people, 'json' for scripts.",
        DefaultValueFactory = _ => "text",
    };
    private readonly Option<string?> _target = CourseOptions.Target(
        "The platforms the package goes to, e.g. 'learninghub' or 'moodle,esr': their package rules apply too. Built in: generic, moodle, learninghub, esr; " +
        "or targets/NAME.yaml in the current folder; or a target file's path, e.g. 'course/targets/turas.yaml' (a value ending in .yaml or .yml).",
        "NAME|FILE.yaml[,…]");

    internal sealed record Settings(string Package, bool Json, IReadOnlyList<string>? Targets = null) : CommandSettings
    {
        public override string? Validate() => File.Exists(Package) ? null
            : Directory.Exists(Package)
                ? $"'{DiagnosticText.Escape(Package)}' is a folder. inspect reads a package zip; to check a course folder, run 'scormbuilder check {DiagnosticText.Escape(Package)}'."
                : $"There is no file '{DiagnosticText.Escape(Package)}'. Name the package zip to inspect, e.g. 'scormbuilder inspect dist/course-1.0.0-scorm12.zip'.";
    }

    protected override Command Declare()
    {
        _format.AcceptOnlyFromAmong("text", "json");
        return new("inspect", "Report what a SCORM 1.2 package holds and what would stop it uploading, without unpacking it.") { _package, _format, _target };
    }

    protected override Settings Bind(ParseResult parsed) =>
        new(parsed.GetValue(_package)!, parsed.GetValue(_format) == "json", CourseOptions.TargetNames(parsed.GetValue(_target)));

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation)
    {
        var inspector = PackageInspector.Default;
        if (settings.Targets is { Count: > 0 } targets)
        {
            // A target file's path, or a name: ./targets/NAME.yaml (where the reader runs inspect), else built in.
            var diagnostics = new DiagnosticBag();
            if (TargetInspector.For(targets, ".", diagnostics) is not { } withTargets)
            {
                foreach (var diagnostic in diagnostics.ToSortedList())
                {
                    Reporter.Problem(diagnostic.ToString());
                }

                return Task.FromResult(ExitCodes.UsageError);
            }

            inspector = withTargets;
        }

        var report = inspector.Inspect(settings.Package);
        Reporter.Note(settings.Json ? InspectionJson.Write(report) : InspectionText.Write(report));
        return Task.FromResult(report.BlocksUpload ? ExitCodes.CourseErrors : ExitCodes.Success);
    }
}
