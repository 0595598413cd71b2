namespace ScormBuilder.Diagnostics;

/// <summary>A place in a course source file. Line and column are 1-based; 0 means "the whole file".</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    // A file name may hold a newline or an escape sequence too: it is printed escaped, like a message.
    public override string ToString() =>
        Line > 0 ? $"{DiagnosticText.Escape(Path)}({Line},{Math.Max(Column, 1)})" : DiagnosticText.Escape(Path);
}
