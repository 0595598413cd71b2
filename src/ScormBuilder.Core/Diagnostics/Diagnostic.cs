namespace ScormBuilder.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in a course, printed in MSBuild's format so editors and CI annotate it. The message is made
/// safe to print here, where every diagnostic is created: no control character in it reaches a terminal or a log.
/// </summary>
public readonly record struct Diagnostic(DiagnosticSeverity Severity, string Code, SourceLocation Location, string Message)
{
    /// <summary>What is wrong and what to do, on one line, with any control character shown escaped.</summary>
    public string Message { get; init; } = DiagnosticText.Escape(Message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
