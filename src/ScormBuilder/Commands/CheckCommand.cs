using System.CommandLine;

namespace ScormBuilder.Cli.Commands;

/// <summary>'scormbuilder check': everything build does except writing the zip.</summary>
internal sealed class CheckCommand(Reporter reporter) : CliCommand<CheckCommand.Settings>(reporter)
{
    private readonly Argument<string> _course = CourseOptions.CourseDirectory();
    private readonly Option<string?> _templates = CourseOptions.Templates();
    private readonly Option<bool> _strict = CourseOptions.Strict();
    private readonly Option<bool> _lint = CourseOptions.Lint();
    private readonly Option<string?> _target = CourseOptions.Target();

    internal sealed record Settings(BuildOptions Options) : CommandSettings;

    protected override Command Declare() => new("check", "Check the course without writing anything.") { _course, _templates, _target, _strict, _lint };

    protected override Settings Bind(ParseResult parsed) => new(new BuildOptions(
        parsed.GetValue(_course)!, CourseOptions.TemplatesOrDefault(parsed.GetValue(_templates)), OutputDirectory: null, parsed.GetValue(_strict), Lint: parsed.GetValue(_lint),
        Targets: CourseOptions.TargetNames(parsed.GetValue(_target))));

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation) =>
        Task.FromResult(OneBuild.Run(settings.Options, Reporter, cancellation));
}
