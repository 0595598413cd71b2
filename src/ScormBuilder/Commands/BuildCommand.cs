using System.CommandLine;
using ScormBuilder.Cli.Watching;

namespace ScormBuilder.Cli.Commands;

/// <summary>'scormbuilder build': writes the zip once, or with --watch after every save until Ctrl+C.</summary>
internal sealed class BuildCommand(Reporter reporter) : CliCommand<BuildCommand.Settings>(reporter)
{
    private readonly Argument<string> _course = CourseOptions.CourseDirectory();
    private readonly Option<string?> _templates = CourseOptions.Templates();
    private readonly Option<bool> _strict = CourseOptions.Strict();
    private readonly Option<bool> _lint = CourseOptions.Lint();
    private readonly Option<string?> _target = CourseOptions.Target();
    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The folder to write <id>-<version>-scorm12.zip into.",
        DefaultValueFactory = _ => "dist",
    };
    private readonly Option<bool> _updateLock = new("--update-lock")
    {
        Description = "After a successful build, record this release's ids in tracking.lock (commit it).",
    };
    private readonly Option<string> _format = new("--format")
    {
        Description = "text (a summary line, and each uploader's sheet's path) or json (the zip's path, size and SHA-256, and each target's sheet with its fields, settings and checks, for automation).",
        DefaultValueFactory = _ => "text",
    };
    private readonly Option<bool> _watch = new("--watch", "-w")
    {
        Description = "Keep running, and build again after every change to the course or the templates, until Ctrl+C.",
    };

    internal sealed record Settings(BuildOptions Options, bool Watch, bool Json = false) : CommandSettings
    {
        public override string? Validate() => Watch switch
        {
            true when Json => "--format json describes one build: run 'scormbuilder build --format json' without --watch.",
            true when Options.UpdateLock =>
                "--update-lock records a release, so it belongs on a one-off build: run 'scormbuilder build --update-lock' without --watch.",
            true => CourseOptions.FoldersMissing(Options.CourseDirectory, Options.TemplatesDirectory),
            false => null,
        };
    }

    protected override Command Declare()
    {
        CourseOptions.RefuseBlank(_output, "the folder to write the zip into, e.g. 'dist'");
        _format.AcceptOnlyFromAmong("text", "json");
        return new("build", "Build the course into one SCORM 1.2 zip.") { _course, _output, _templates, _target, _format, _strict, _lint, _updateLock, _watch };
    }

    protected override Settings Bind(ParseResult parsed) => new(
        new BuildOptions(
            parsed.GetValue(_course)!,
            CourseOptions.TemplatesOrDefault(parsed.GetValue(_templates)),
            parsed.GetValue(_output),
            parsed.GetValue(_strict),
            parsed.GetValue(_updateLock),
            parsed.GetValue(_lint),
            CourseOptions.TargetNames(parsed.GetValue(_target))),
        parsed.GetValue(_watch),
        parsed.GetValue(_format) == "json");

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation) => settings.Watch
        ? new BuildWatch(settings.Options, Reporter).RunAsync(cancellation)
        : Task.FromResult(OneBuild.Run(settings.Options, Reporter, cancellation, settings.Json));
}
