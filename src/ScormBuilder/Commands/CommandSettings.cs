namespace ScormBuilder.Cli.Commands;

/// <summary>
/// What one command was asked to do, bound from the parsed command line. <see cref="Validate"/> runs before the
/// command does anything, so every usage error is reported the same way and a command's execution can trust it.
/// </summary>
internal abstract record CommandSettings
{
    /// <summary>What is wrong with these settings and what to do instead, or null when they can run.</summary>
    public virtual string? Validate() => null;
}
