using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Quizzes.ItemWriting;

/// <summary>
/// The item-writing checks one question may fail, and why: 'lint: { allow: [SB2050], because: "…" }'. A reason is
/// required, so a reviewer can judge it; only the item-writing checks can be allowed.
/// </summary>
public sealed record LintAllowance(IReadOnlySet<string> Codes, string Because)
{
    public static LintAllowance None { get; } = new(new HashSet<string>(StringComparer.Ordinal), "");

    public bool Allows(DiagnosticDescriptor descriptor) => Codes.Contains(descriptor.Code);
}

/// <summary>The 'lint:' key of a quiz question, and its reader.</summary>
internal static class LintAllowanceReader
{
    public static readonly YamlKey Allow = new("allow", new ListValue(new TextValue("^SB[0-9]{4}$")),
        "The item-writing checks (SB2050-SB2057) this question may fail.", Required: true);

    // Required, but a missing or empty one is reported in its own words, so it is read by name.
    public static readonly YamlKey Because = new("because", new TextValue(),
        "Why the question is right as it is, for a reviewer to judge.", Required: true);

    public static readonly YamlShape Shape = new("Item-writing checks this question may fail, and why.", [Allow, Because]);

    public static readonly YamlKey Key = new("lint", new MappingValue(Shape),
        "Item-writing checks this question may fail: 'allow: [SB2050]' and 'because:' with the reason.");

    private static string LintCodes => string.Join(", ", DiagnosticDescriptors.All.Where(d => d.IsLint).Select(d => d.Code));

    public static LintAllowance? Read(YamlObject question, DiagnosticBag diagnostics)
    {
        var lint = question.Object(Key, "the item-writing allowance ('allow:' and 'because:')");
        if (lint is null)
        {
            return null;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in lint.StringList(Allow))
        {
            if (DiagnosticDescriptors.Find(code.Value) is { IsLint: true } descriptor)
            {
                codes.Add(descriptor.Code);
            }
            else
            {
                diagnostics.Report(LoadingDiagnostics.InvalidValue, code.Location,
                    $"'{DiagnosticText.Quote(code.Value)}' is not an item-writing check, so a question cannot allow it. Allow one of: {LintCodes}.");
            }
        }

        var because = lint.String(Because.Name);
        if (because is null)
        {
            diagnostics.Report(LoadingDiagnostics.MissingKey, lint.Location,
                "'lint:' allows a check without a reason. Add 'because:' saying why the question is right as it is; a reviewer reads it.");
        }

        lint.ReportUnknownKeys();
        return because is null ? null : new LintAllowance(codes, because);
    }
}
