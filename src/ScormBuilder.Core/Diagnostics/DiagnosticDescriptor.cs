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

    public string FormatMessage(object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
