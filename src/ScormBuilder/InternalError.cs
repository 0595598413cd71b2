namespace ScormBuilder.Cli;

/// <summary>
/// Reports an exception that escaped a command: a bug in ScormBuilder, not a problem in the course. One line says
/// so, where to report it and what the exception said; the stack trace follows only when
/// <see cref="StackTraceVariable"/> is set to 1, because an author can do nothing with it.
/// </summary>
internal sealed class InternalError(Reporter reporter, TextWriter stderr)
{
    public const string StackTraceVariable = "SCORMBUILDER_STACK_TRACE";

    public const string WhereToReport = "ScormBuilder's issue tracker";

    public int Report(Exception exception, bool withStackTrace)
    {
        reporter.Problem($"internal error: this is a bug in ScormBuilder, not a problem in your course. Please report it on {WhereToReport} " +
            $"with the command you ran (set {StackTraceVariable}=1 for the details to include). {exception.GetType().Name}: {exception.Message}");
        if (withStackTrace)
        {
            stderr.WriteLine(exception.ToString());
        }

        return ExitCodes.InternalError;
    }

    public static bool StackTraceRequested() => Environment.GetEnvironmentVariable(StackTraceVariable) == "1";
}
