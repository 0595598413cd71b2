namespace ScormBuilder.Cli;

/// <summary>What the process returns, so that scripts and CI can tell a broken course from a broken tool.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked: the course built, checked, previewed or was created.</summary>
    public const int Success = 0;

    /// <summary>The course has errors; the diagnostics say where.</summary>
    public const int CourseErrors = 1;

    /// <summary>The command line itself is wrong: an unknown option, a folder that does not exist, a port in use.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in ScormBuilder: an exception nothing expected.</summary>
    public const int InternalError = 3;

    /// <summary>Ctrl+C stopped a one-off build or check before it finished: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
