using System.Text;
using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Targets;

/// <summary>
/// A target's own file name for the package (its 'package: name:'), e.g. 'NES_{id}_v{version}.zip': the same zip
/// is also written under it. {id} and {version} are the course's, {target} the target's name.
/// </summary>
internal sealed partial record PackageNamePattern(string Text)
{
    public const string Id = "{id}";
    public const string Version = "{version}";
    public const string TargetName = "{target}";

    private static readonly string[] s_placeholders = [Id, Version, TargetName];

    /// <summary>The file name for a course's id and version under the target named <paramref name="target"/>.</summary>
    public string FileNameFor(string id, string version, string target) =>
        Text.Replace(Id, id, StringComparison.Ordinal).Replace(Version, version, StringComparison.Ordinal).Replace(TargetName, target, StringComparison.Ordinal);

    /// <summary>
    /// Whether a zip's file name could have been made by this pattern: {id} and {version} stand for any non-empty run
    /// without '/', {target} for the target's name; the ending's case follows the target's extension rule.
    /// </summary>
    public bool Matches(string fileName, string target, PackageNameRule rule)
    {
        var stem = Text[..^rule.Extension.Length];
        var regex = new StringBuilder("^");
        foreach (var part in Parts().Split(stem).Where(p => p.Length > 0))
        {
            regex.Append(part switch
            {
                Id or Version => "[^/]+",
                TargetName => Regex.Escape(target),
                _ => Regex.Escape(part),
            });
        }

        regex.Append(rule.ExactCase ? Regex.Escape(rule.Extension) : $"(?i:{Regex.Escape(rule.Extension)})").Append('$');
        return Regex.IsMatch(fileName, regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The pattern, or null after reporting at <paramref name="at"/> (its 'name:' line) why it cannot be one.</summary>
    public static PackageNamePattern? Read(string text, PackageNameRule rule, SourceLocation at, DiagnosticBag diagnostics)
    {
        var quoted = DiagnosticText.Quote(text);
        var unknown = Parts().Split(text).FirstOrDefault(p => (p.Contains('{') || p.Contains('}')) && !s_placeholders.Contains(p));
        if (unknown is not null)
        {
            diagnostics.Report(TargetDiagnostics.PackageNameUnknownPlaceholder, at,
                $"The package name '{quoted}' has '{DiagnosticText.Quote(unknown)}', which is not a placeholder: use {Id}, {Version} and {TargetName}, and no other '{{' or '}}'.");
            return null;
        }

        // Filled with the shortest id and version, the name must already be a clean file name in the output folder.
        var sample = new PackageNamePattern(text).FileNameFor("a", "1", "t");
        if (text.Contains('/') || !PackagePaths.IsClean(sample) || PackagePaths.ReservedName(sample) is not null || sample.Length > PackagePaths.MaxLength)
        {
            diagnostics.Report(TargetDiagnostics.PackageNameNotClean, at,
                $"The package name '{quoted}' is not a clean file name: {PackagePaths.Rule}, no '/', no name Windows reserves (CON, NUL, …), at most {PackagePaths.MaxLength} characters. E.g. 'NES_{{id}}_v{{version}}.zip'.");
            return null;
        }

        if (!text.Contains(Id, StringComparison.Ordinal) || !text.Contains(Version, StringComparison.Ordinal) || Touching().IsMatch(text))
        {
            diagnostics.Report(TargetDiagnostics.PackageNameNotUnique, at,
                $"The package name '{quoted}' must hold both {Id} and {Version}, with text between any two placeholders, so that no two courses or versions get the same name. E.g. 'NES_{{id}}_v{{version}}.zip'.");
            return null;
        }

        if (!rule.Allows(text))
        {
            diagnostics.Report(TargetDiagnostics.PackageNameBreaksExtension, at,
                $"The package name '{quoted}' does not end in '{rule.Extension}'{(rule.ExactCase ? " in that case" : "")}, which this target's own 'extension:' requires. End it with '{rule.Extension}'.");
            return null;
        }

        return new PackageNamePattern(text);
    }

    [GeneratedRegex(@"(\{[^{}]*\})")]
    private static partial Regex Parts();

    [GeneratedRegex(@"\{(?:id|version|target)\}\{(?:id|version|target)\}")]
    private static partial Regex Touching();
}
