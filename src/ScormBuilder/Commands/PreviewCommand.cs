using System.CommandLine;
using System.Globalization;
using ScormBuilder.Cli.Preview;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Cli.Commands;

/// <summary>
/// 'scormbuilder preview': serves the course beside a test LMS, rebuilding on every save, until Ctrl+C; or, given a
/// package zip, plays that package from the zip as it is.
/// </summary>
internal sealed class PreviewCommand(Reporter reporter) : CliCommand<PreviewCommand.Settings>(reporter)
{
    public const int DefaultPort = 5123;

    private readonly Argument<string> _course = CourseOptions.CourseDirectory();
    private readonly Option<string?> _templates = CourseOptions.Templates();
    private readonly Option<int> _port = Port();
    private readonly Option<string?> _target = CourseOptions.Target();
    private readonly Option<bool> _watch = new("--watch", "-w")
    {
        Description = "Rebuild and reload the page after every change to the course or the templates ('--watch false' to serve one build).",
        DefaultValueFactory = _ => true,
    };

    internal sealed record Settings(string CourseDirectory, string TemplatesDirectory, int Port, bool Watch, IReadOnlyList<string>? Targets = null) : CommandSettings
    {
        /// <summary>A '.zip' that is a file is a package to play; anything else is a course folder to build.</summary>
        public bool IsPackage => CourseDirectory.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(CourseDirectory);

        /// <summary>
        /// The platform the test LMS acts as: the first target named, when its runtime is modelled; otherwise generic
        /// (an organisation's own target adds course rules, not runtime behaviour).
        /// </summary>
        public string Platform => Targets is [var first, ..] && PreviewTargets.Names.Contains(first) ? first : PreviewTargets.Generic;

        public override string? Validate() => !IsPackage ? CourseOptions.FoldersMissing(CourseDirectory, TemplatesDirectory)
            : !File.Exists(CourseDirectory)
                ? $"There is no file '{DiagnosticText.Escape(CourseDirectory)}'. Name the package zip to play, e.g. 'scormbuilder preview dist/course-1.0.0-scorm12.zip'."
            : Targets?.FirstOrDefault(name => !PreviewTargets.Names.Contains(name)) is { } unknown
                ? $"A package plays as one of {string.Join(", ", PreviewTargets.Names)}, not '{DiagnosticText.Escape(unknown)}'. Pick one of those for '--target'."
            : null;
    }

    protected override Command Declare() => new("preview",
        "Open the course in your browser beside a test LMS that logs every SCORM call and shows what it stores. Every save rebuilds and reloads it. " +
        "Given a package zip (PACKAGE.zip), plays that package from the zip instead, as it is.")
    {
        _course, _templates, _port, _watch, _target,
    };

    protected override Settings Bind(ParseResult parsed) => new(
        parsed.GetValue(_course)!, CourseOptions.TemplatesOrDefault(parsed.GetValue(_templates)), parsed.GetValue(_port), parsed.GetValue(_watch),
        CourseOptions.TargetNames(parsed.GetValue(_target)));

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation) => settings.IsPackage
        ? new PackagePreview(settings.CourseDirectory, settings.Port, settings.Platform, Reporter).RunAsync(cancellation)
        : new CoursePreview(settings.CourseDirectory, settings.TemplatesDirectory, settings.Port, settings.Watch, settings.Platform, Reporter, settings.Targets).RunAsync(cancellation);

    private static Option<int> Port()
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to serve on, on 127.0.0.1 only (0 picks a free one).",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            // Reading the value here would throw for text that is not a number; the parser reports that itself.
            if (result.Tokens is [{ Value: var token }] && int.TryParse(token, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 65535)
            {
                result.AddError("--port must be a number from 0 to 65535 (0 picks a free port).");
            }
        });
        return port;
    }
}
