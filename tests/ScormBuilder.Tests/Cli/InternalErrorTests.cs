using System.CommandLine;
using ScormBuilder.Cli;
using ScormBuilder.Cli.Commands;

namespace ScormBuilder.Tests.Cli;

/// <summary>An exception that escapes a command is a bug: exit 3, one line saying so, no stack trace unless asked.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task Should_exit_3_with_one_line_naming_the_bug_and_the_exception_message()
    {
        // Given a command that fails the way a bug does
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var reporter = new Reporter(stdout, stderr, Terminal.Plain);

        // When it runs through the real command line
        var exitCode = await CommandLine.RunAsync(["explode"], stdout, stderr, reporter, [new ExplodingCommand(reporter)]);

        // Then
        Assert.Equal(ExitCodes.InternalError, exitCode);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("scormbuilder: internal error: this is a bug in ScormBuilder, not a problem in your course.", line, StringComparison.Ordinal);
        Assert.Contains(InternalError.WhereToReport, line, StringComparison.Ordinal);
        Assert.EndsWith("InvalidOperationException: The index was corrupted.", line, StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void Should_add_the_stack_trace_only_when_asked()
    {
        using var stderr = new StringWriter();
        var handler = new InternalError(new Reporter(TextWriter.Null, stderr, Terminal.Plain), stderr);
        var exception = Thrown();

        var exitCode = handler.Report(exception, withStackTrace: true);

        Assert.Equal(3, exitCode);
        Assert.Contains("   at " + typeof(InternalErrorTests).FullName, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_internal_errors_apart_from_course_errors_and_usage_errors() =>
        Assert.Equal(4, new[] { ExitCodes.Success, ExitCodes.CourseErrors, ExitCodes.UsageError, ExitCodes.InternalError }.Distinct().Count());

    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException("The index was corrupted.");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    private sealed class ExplodingCommand(Reporter reporter) : CliCommand<ExplodingCommand.Settings>(reporter)
    {
        internal sealed record Settings : CommandSettings;

        protected override Command Declare() => new("explode");

        protected override Settings Bind(ParseResult parsed) => new();

        protected override Task<int> ExecuteAsync(Settings settings, CancellationToken cancellation) =>
            throw new InvalidOperationException("The index was corrupted.");
    }
}
