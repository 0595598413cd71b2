namespace ScormBuilder.Diagnostics;

/// <summary>
/// The severity each code is reported with: its default, unless the map overrides it. '--strict' is one such map,
/// so no call site decides a severity for itself.
/// </summary>
public sealed class SeverityMap
{
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> _overrides;

    private SeverityMap(IReadOnlyDictionary<string, DiagnosticSeverity> overrides) => _overrides = overrides;

    public static SeverityMap Default { get; } = new(new Dictionary<string, DiagnosticSeverity>());

    /// <summary>
    /// '--strict': an id learners' progress refers to, removed since the last release, fails the build; so does a
    /// version that is not approved (a required review pending or of another version, no or a passed review date),
    /// so that a CI can refuse to release it.
    /// </summary>
    public static SeverityMap Strict { get; } = new(new Dictionary<string, DiagnosticSeverity>
    {
        [DiagnosticCodes.TrackedIdRemoved] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReviewOverdue] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReviewMissing] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReviewOfAnotherVersion] = DiagnosticSeverity.Error,
        [DiagnosticCodes.NoNextReview] = DiagnosticSeverity.Error,
    });

    public static SeverityMap For(bool strict) => strict ? Strict : Default;

    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor) =>
        _overrides.TryGetValue(descriptor.Code, out var severity) ? severity : descriptor.DefaultSeverity;
}
