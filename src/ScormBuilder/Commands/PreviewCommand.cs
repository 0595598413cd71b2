using System.CommandLine;
using System.Globalization;
using ScormBuilder.Cli.Preview;

namespace ScormBuilder.Cli.Commands;

/// <summary>'scormbuilder preview': serves the course beside a test LMS, rebuilding on every save, until Ctrl+C.</summary>
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
        public override string? Validate() => CourseOptions.FoldersMissing(CourseDirectory, TemplatesDirectory);
    }

    protected override Command Declare() => new("preview",
        "Open the course in your browser beside a test LMS that logs every SCORM call and shows what it stores. Every save rebuilds and reloads it.")
    {
        _course, _templates, _port, _watch, _target,
    };

    protected override Settings Bind(ParseResult parsed) => new(
        parsed.GetValue(_course)!, CourseOptions.TemplatesOrDefault(parsed.GetValue(_templates)), parsed.GetValue(_port), parsed.GetValue(_watch),
        CourseOptions.TargetNames(parsed.GetValue(_target)));

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation) =>
        new CoursePreview(settings.CourseDirectory, settings.TemplatesDirectory, settings.Port, settings.Watch, Reporter, settings.Targets).RunAsync(cancellation);

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
