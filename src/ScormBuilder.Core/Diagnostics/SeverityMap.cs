namespace ScormBuilder.Diagnostics;

/// <summary>
/// The severity each code is reported with: its default, unless the map overrides it. '--strict' is one such map,
/// so no call site decides a severity for itself. The item-writing checks are reported only under '--lint'.
/// </summary>
public sealed class SeverityMap
{
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> _overrides;
    private readonly bool _strict;
    private readonly bool _lint;

    private SeverityMap(IReadOnlyDictionary<string, DiagnosticSeverity> overrides, bool strict = false, bool lint = false)
    {
        _overrides = overrides;
        _strict = strict;
        _lint = lint;
    }

    public static SeverityMap Default { get; } = new(new Dictionary<string, DiagnosticSeverity>());

    /// <summary>
    /// '--strict': an id learners' progress refers to, removed since the last release, fails the build; so does a
    /// version that is not approved (a required review pending or of another version, no or a passed review date, a reference
    /// checked too long ago or never),
    /// so that a CI can refuse to release it.
    /// </summary>
    public static SeverityMap Strict { get; } = new(new Dictionary<string, DiagnosticSeverity>
    {
        [DiagnosticCodes.TrackedIdRemoved] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReviewOverdue] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReviewMissing] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReviewOfAnotherVersion] = DiagnosticSeverity.Error,
        [DiagnosticCodes.NoNextReview] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReferenceCheckOld] = DiagnosticSeverity.Error,
        [DiagnosticCodes.ReferenceNeverChecked] = DiagnosticSeverity.Error,
    }, strict: true);

    public static SeverityMap For(bool strict, bool lint = false) => (strict, lint) switch
    {
        (false, false) => Default,
        (true, false) => Strict,
        _ => new(strict ? Strict._overrides : Default._overrides, strict, lint),
    };

    /// <summary>Whether a diagnostic of <paramref name="descriptor"/> is reported at all: an item-writing check only under '--lint'.</summary>
    public bool Reports(DiagnosticDescriptor descriptor) => !descriptor.IsLint || _lint;

    /// <summary>'--strict' makes every item-writing check an error too, so a CI can refuse an assessment with cues.</summary>
    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor) =>
        _overrides.TryGetValue(descriptor.Code, out var severity) ? severity
        : descriptor.IsLint && _strict && _lint ? DiagnosticSeverity.Error
        : descriptor.DefaultSeverity;
}
