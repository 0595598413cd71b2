namespace ScormBuilder.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem found in a course, printed in MSBuild's format so editors and CI annotate it.</summary>
public readonly record struct Diagnostic(DiagnosticSeverity Severity, string Code, SourceLocation Location, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
