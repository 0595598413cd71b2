using System.CommandLine;

namespace ScormBuilder.Cli.Commands;

/// <summary>
/// One command of the command line: declares its arguments and options, binds them to settings, validates the
/// settings apart from execution (a problem is a usage error, exit code 2), then executes. Ctrl+C arrives as the
/// cancellation token that System.CommandLine hands to the action.
/// </summary>
internal abstract class CliCommand<TSettings>(Reporter reporter) : ICliCommand
    where TSettings : CommandSettings
{
    protected Reporter Reporter => reporter;

    public Command Create()
    {
        var command = Declare();
        command.SetAction(async (parsed, cancellation) =>
        {
            var settings = Bind(parsed);
            if (settings.Validate() is { } problem)
            {
                reporter.Problem(problem);
                return ExitCodes.UsageError;
            }

            return await ExecuteAsync(settings, cancellation);
        });
        return command;
    }

    /// <summary>The command's name, description, arguments and options.</summary>
    protected abstract Command Declare();

    protected abstract TSettings Bind(ParseResult parsed);

    protected abstract Task<int> ExecuteAsync(TSettings settings, CancellationToken cancellation);
}

/// <summary>A command the root command can hold, whatever its settings.</summary>
internal interface ICliCommand
{
    Command Create();
}
