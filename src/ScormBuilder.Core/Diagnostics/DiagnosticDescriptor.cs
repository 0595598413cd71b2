using System.Globalization;

namespace ScormBuilder.Diagnostics;

/// <summary>
/// What one diagnostic code means, once: its title, the severity it has unless a <see cref="SeverityMap"/> says
/// otherwise, the format of its message, and the help 'scormbuilder explain' prints, with an example fix.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity DefaultSeverity, string MessageFormat, string Help)
{
    /// <summary>The message format of a code whose call sites word the whole message for the case at hand.</summary>
    public const string WholeMessage = "{0}";

    public static DiagnosticDescriptor Error(string code, string title, string help, string messageFormat = WholeMessage) =>
        new(code, title, DiagnosticSeverity.Error, messageFormat, help);

    public static DiagnosticDescriptor Warning(string code, string title, string help, string messageFormat = WholeMessage) =>
        new(code, title, DiagnosticSeverity.Warning, messageFormat, help);

    /// <summary>An item-writing check: a warning reported only under '--lint', which a question may allow with a reason.</summary>
    public static DiagnosticDescriptor Lint(string code, string title, string help, string messageFormat = WholeMessage) =>
        new(code, title, DiagnosticSeverity.Warning, messageFormat, help) { IsLint = true };

    /// <summary>Whether this is an item-writing check: reported only under '--lint', and allowed per question with a reason.</summary>
    public bool IsLint { get; init; }

    public string FormatMessage(object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
