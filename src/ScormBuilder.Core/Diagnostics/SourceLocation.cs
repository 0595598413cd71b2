namespace ScormBuilder.Diagnostics;

/// <summary>A place in a course source file. Line and column are 1-based; 0 means "the whole file".</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
