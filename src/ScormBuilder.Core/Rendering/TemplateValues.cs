using Scriban.Runtime;

namespace ScormBuilder.Rendering;

/// <summary>
/// The values templates see are built by hand as Scriban objects and arrays, never imported by reflection, so
/// that the tool can be trimmed and compiled ahead of time.
/// </summary>
internal static class TemplateValues
{
    /// <summary>Optional text: null when empty, so that <c>if x</c> is false for it as it is for a missing value.</summary>
    public static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> select)
    {
        var list = new ScriptArray();
        foreach (var item in items)
        {
            list.Add(select(item));
        }

        return list;
    }
}
