using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// One thing wrong with a package: the code it is reported under, where it is ("imsmanifest.xml(12,5)", an entry's
/// name, or the package itself), why it matters in one line, and what to do. A target's rules report the same shape.
/// </summary>
public sealed record Finding(DiagnosticDescriptor Descriptor, string Where, string Reason, string Fix)
{
    public string Code => Descriptor.Code;

    public bool BlocksUpload => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>Most important first: what blocks an upload, then by code (the codes run from the zip inwards), then by place.</summary>
    public static IReadOnlyList<Finding> InOrder(IEnumerable<Finding> findings) =>
        [.. findings.OrderByDescending(f => f.BlocksUpload).ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Where, StringComparer.Ordinal)
            .ThenBy(f => f.Reason, StringComparer.Ordinal)];
}
