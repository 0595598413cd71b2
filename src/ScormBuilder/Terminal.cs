namespace ScormBuilder.Cli;

/// <summary>
/// What the streams the command line writes to can show. Colour only on a terminal and only while NO_COLOR is
/// unset (no-color.org); the progress line only when stderr is a terminal, because a log file would keep it.
/// </summary>
internal sealed record Terminal(bool StdoutColour, bool StderrColour, bool StderrInteractive)
{
    /// <summary>Plain text: what tests and pipes get.</summary>
    public static Terminal Plain { get; } = new(false, false, false);

    public static Terminal Detect()
    {
        var colour = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new Terminal(
            colour && !Console.IsOutputRedirected,
            colour && !Console.IsErrorRedirected,
            !Console.IsErrorRedirected);
    }
}
