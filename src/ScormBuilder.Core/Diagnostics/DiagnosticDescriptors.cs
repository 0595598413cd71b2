using System.Globalization;

namespace ScormBuilder.Diagnostics;

/// <summary>Every diagnostic the build can report, in code order: the table 'explain' and docs/diagnostics.md read.</summary>
public static class DiagnosticDescriptors
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. new[] { LoadingDiagnostics.All, ValidationDiagnostics.All, RenderingDiagnostics.All, PackagingDiagnostics.All, InspectionDiagnostics.All, TargetDiagnostics.All }
            .SelectMany(range => range)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    /// <summary>The descriptor of <paramref name="code"/> (any case), or null when no diagnostic has it.</summary>
    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(d => string.Equals(d.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The code someone who typed <paramref name="code"/> most likely meant: one a slip away ('SB3070' for 'SB3007'),
    /// else the nearest by number; null when it is not even of the form SBnnnn.
    /// </summary>
    public static string? Nearest(string code)
    {
        var codes = All.Select(d => d.Code).ToList();
        if (Suggest.Closest(code.Trim(), codes) is { } closest)
        {
            return closest;
        }

        var digits = code.Trim().ToUpperInvariant().TrimStart('S', 'B');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? codes.MinBy(c => Math.Abs(int.Parse(c[2..], CultureInfo.InvariantCulture) - number))
            : null;
    }
}
