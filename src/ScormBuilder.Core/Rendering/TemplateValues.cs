using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban.Runtime;

namespace ScormBuilder.Rendering;

/// <summary>
/// The values one template gets: a sealed record per template, each property a value the template names in
/// snake_case (<c>InputId</c> is <c>input_id</c>, Scriban's own renaming) and described by its <c>[Description]</c>,
/// from which docs/templates.md is made. A value is HTML-escaped when written unless it is <see cref="RawHtml"/>.
/// </summary>
/// <remarks>
/// The one way a model becomes a <see cref="ScriptObject"/>. It reads the record's public properties, which the
/// annotation keeps through trimming and ahead-of-time compilation for every derived record.
/// </remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
internal abstract record TemplateValues
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> ValuesByType = new();

    /// <summary>The record as the template sees it: nested records become objects, lists arrays.</summary>
    public ScriptObject ToScriptObject()
    {
        var type = GetType();
        if (!ValuesByType.TryGetValue(type, out var values))
        {
            values = ValuesByType[type] = NamesOf(type);
        }

        var script = new ScriptObject();
        foreach (var (name, property) in values)
        {
            script[name] = ToScriptValue(property.GetValue(this));
        }

        return script;
    }

    /// <summary>Optional text: null when empty, so that <c>if x</c> is false for it as it is for a missing value.</summary>
    public static string? Optional(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The name a template uses for a property: Scriban's standard renaming, <c>HtmlId</c> to <c>html_id</c>.</summary>
    public static string NameOf(PropertyInfo property) => StandardMemberRenamer.Rename(property);

    private static (string, PropertyInfo)[] NamesOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (NameOf(p), p))];

    private static object? ToScriptValue(object? value) => value switch
    {
        null or string or bool or int or RawHtml => value,
        TemplateValues values => values.ToScriptObject(),
        IEnumerable items => ToScriptArray(items),
        _ => throw new InvalidOperationException($"A template value cannot be a {value.GetType().Name}: use text, a number, a flag, RawHtml, a list or a TemplateValues record."),
    };

    private static ScriptArray ToScriptArray(IEnumerable items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(ToScriptValue(item));
        }

        return array;
    }
}
