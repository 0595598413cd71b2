using System.CommandLine;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Cli.Commands;

/// <summary>'scormbuilder explain SBnnnn': what a diagnostic code means and how to fix it, from the descriptor table.</summary>
internal sealed class ExplainCommand(Reporter reporter) : CliCommand<ExplainCommand.Settings>(reporter)
{
    private readonly Argument<string> _code = new("code") { Description = "The diagnostic code, such as SB1004." };

    internal sealed record Settings(string Code) : CommandSettings;

    protected override Command Declare() => new("explain", "Explain a diagnostic code and how to fix what it reports.") { _code };

    protected override Settings Bind(ParseResult parsed) => new(parsed.GetValue(_code)!);

    protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation)
    {
        if (DiagnosticDescriptors.Find(settings.Code) is not { } descriptor)
        {
            var nearest = DiagnosticDescriptors.Nearest(settings.Code) is { } code ? $" Did you mean '{code}'?" : "";
            Reporter.Problem($"'{DiagnosticText.Quote(DiagnosticText.Escape(settings.Code))}' is not a ScormBuilder diagnostic code.{nearest} " +
                "Codes are SB followed by four digits, as printed in an error or warning.");
            return Task.FromResult(ExitCodes.CourseErrors);
        }

        Reporter.Note(DiagnosticsReference.Explain(descriptor).TrimEnd('\n'));
        return Task.FromResult(ExitCodes.Success);
    }
}
