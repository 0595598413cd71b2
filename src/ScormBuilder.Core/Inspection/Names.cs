using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>Entry names as a finding quotes them: escaped (a name may hold control characters), the first few, then a count.</summary>
internal static class Names
{
    public static string Quoted(string name) => $"'{DiagnosticText.Quote(DiagnosticText.Escape(name))}'";

    public static string Listed(IReadOnlyCollection<string> names)
    {
        var shown = string.Join(", ", names.Take(InspectionLimits.NamesPerFinding).Select(Quoted));
        var more = names.Count - InspectionLimits.NamesPerFinding;
        return more > 0 ? $"{shown} and {more:N0} more" : shown;
    }
}
