namespace ScormBuilder.Diagnostics;

/// <summary>Every diagnostic the build can report, in code order: the table 'explain' and docs/diagnostics.md read.</summary>
public static class DiagnosticDescriptors
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. new[] { LoadingDiagnostics.All, ValidationDiagnostics.All, RenderingDiagnostics.All, PackagingDiagnostics.All }
            .SelectMany(range => range)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    /// <summary>The descriptor of <paramref name="code"/> (any case), or null when no diagnostic has it.</summary>
    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(d => string.Equals(d.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
