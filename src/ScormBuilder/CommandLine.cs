using System.CommandLine;
using ScormBuilder.Cli.Commands;

namespace ScormBuilder.Cli;

/// <summary>
/// The command line: one root command holding one class per command (<see cref="CliCommand{TSettings}"/>).
/// It reports parse errors as usage errors, passes Ctrl+C to the command as System.CommandLine's cancellation
/// token, and turns an exception that escapes a command into an internal error (<see cref="ExitCodes"/>).
/// </summary>
internal static class CommandLine
{
    // Long enough for preview to close its connections and print its last line after Ctrl+C.
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(5);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, Terminal.Plain).GetAwaiter().GetResult();

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var reporter = new Reporter(stdout, stderr, terminal);
        return RunAsync(args, stdout, stderr, reporter, Commands(reporter));
    }

    /// <summary>Runs <paramref name="commands"/>: the product's, or in a test, one that fails on purpose.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Reporter reporter, IEnumerable<ICliCommand> commands)
    {
        var root = new RootCommand(
            "ScormBuilder: build a SCORM 1.2 package from a course kept as Markdown and YAML.\n" +
            "New here? Run 'scormbuilder new my-course', then 'scormbuilder preview my-course'.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Create());
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                reporter.Problem(error.Message);
            }

            stderr.WriteLine("Run 'scormbuilder --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = s_shutdownTimeout,
            });
        }
        catch (Exception e)
        {
            return new InternalError(reporter, stderr).Report(e, InternalError.StackTraceRequested());
        }
    }

    private static ICliCommand[] Commands(Reporter reporter) =>
        [new NewCommand(reporter), new PreviewCommand(reporter), new CheckCommand(reporter), new BuildCommand(reporter), new ReviewCommand(reporter),
         new ChangesCommand(reporter), new InspectCommand(reporter), new ExplainCommand(reporter)];
}
