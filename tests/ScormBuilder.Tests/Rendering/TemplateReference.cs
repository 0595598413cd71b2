using System.ComponentModel;
using System.Reflection;
using System.Text;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Tests.Rendering;

/// <summary>
/// The values each template gets, made from the <see cref="TemplateValues"/> records only (their properties,
/// names as templates write them, and <c>[Description]</c>s): the part of docs/templates.md between its markers,
/// which a test keeps equal to what this writes. Reflection over the records is for these docs only, so it lives
/// here rather than in the compiler, which stays free of it.
/// </summary>
internal static class TemplateReference
{
    public const string Start = "<!-- Generated from the template models (the TemplateValues records in src/ScormBuilder.Core); do not edit. " +
        "SCORMBUILDER_UPDATE_GOLDEN=1 dotnet test rewrites it. -->";

    public const string End = "<!-- End of the generated values. -->";

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The records that are a template's model: the layout first, then by template name.</summary>
    public static IReadOnlyList<Type> Models { get; } =
    [
        .. typeof(TemplateValues).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<TemplateAttribute>() is not null)
            .OrderBy(t => t == typeof(LayoutValues) ? "" : NamesOf(t)[0], StringComparer.Ordinal),
    ];

    public static IReadOnlyList<string> NamesOf(Type model) => model.GetCustomAttribute<TemplateAttribute>()!.Names;

    /// <summary>The document with the text between its markers made anew from the records.</summary>
    public static string Rewrite(string document)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"The document lacks the markers '{Start}' and '{End}' around the values each template gets.");
        }

        return document[..(start + Start.Length)] + "\n\n" + Markdown() + "\n" + document[end..];
    }

    /// <summary>A heading and a table of values per template.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder()
            .Append("In the tables, `a.b` is the value `b` of the object `a`, and `a[].b` the value `b` of each item of the list `a` ")
            .Append("(`{{ for item in a }}{{ item.b }}{{ end }}`). A value of type HTML, which the build made and checked, is written as it ")
            .Append("is; every other value is escaped.\n");
        foreach (var model in Models)
        {
            text.Append($"\n### {string.Join(", ", NamesOf(model).Select(n => $"`{n}`"))}\n\n")
                .Append(DescriptionOf(model)).Append("\n\n")
                .Append("| value | type | what it is |\n|---|---|---|\n");
            AppendRows(text, model, "");
        }

        return text.ToString();
    }

    /// <summary>The heading's anchor, as GitHub makes it (a heading of template names in code).</summary>
    public static string AnchorOf(Type model) =>
        string.Join("-", NamesOf(model)).ToLowerInvariant();

    /// <summary>The records nested in a template's model (a session's video), found through its properties.</summary>
    public static IEnumerable<Type> NestedIn(Type model) =>
        Properties(model).Select(p => ValuesType(p.PropertyType)).OfType<Type>()
            .Where(t => t.GetCustomAttribute<TemplateAttribute>() is null)
            .SelectMany(t => NestedIn(t).Prepend(t));

    public static IEnumerable<PropertyInfo> Properties(Type model) => model.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static string? DescriptionOf(MemberInfo member) => member.GetCustomAttribute<DescriptionAttribute>()?.Description;

    private static void AppendRows(StringBuilder text, Type model, string prefix)
    {
        foreach (var property in Properties(model))
        {
            var name = prefix + TemplateValues.NameOf(property);
            var nested = ValuesType(property.PropertyType);
            var description = DescriptionOf(property);
            if (nested?.GetCustomAttribute<TemplateAttribute>() is not null)
            {
                description += $" {(IsList(property.PropertyType) ? "Each has" : "It has")} the values of [`{NamesOf(nested)[0]}`](#{AnchorOf(nested)}).";
            }

            text.Append($"| `{name}` | {TypeOf(property)} | {description} |\n");
            if (nested?.GetCustomAttribute<TemplateAttribute>() is null && nested is not null)
            {
                AppendRows(text, nested, name + (IsList(property.PropertyType) ? "[]." : "."));
            }
        }
    }

    private static string TypeOf(PropertyInfo property)
    {
        var type = property.PropertyType;
        var orNull = Nullable.GetUnderlyingType(type) is not null || Nullability.Create(property).ReadState == NullabilityState.Nullable ? " or `null`" : "";
        type = Nullable.GetUnderlyingType(type) ?? type;
        return IsList(type) ? $"list of {Plural(type.GetGenericArguments()[0])}{orNull}" : Singular(type) + orNull;
    }

    private static string Singular(Type type) =>
        type == typeof(string) ? "text"
        : type == typeof(int) ? "number"
        : type == typeof(bool) ? "`true` or `false`"
        : type == typeof(RawHtml) ? "HTML"
        : typeof(TemplateValues).IsAssignableFrom(type) ? "object"
        : throw new InvalidOperationException($"No name for the type {type.Name} of a template value.");

    private static string Plural(Type type) => type == typeof(string) ? "texts" : type == typeof(int) ? "numbers" : "objects";

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    private static Type? ValuesType(Type type)
    {
        var item = IsList(type) ? type.GetGenericArguments()[0] : type;
        return typeof(TemplateValues).IsAssignableFrom(item) ? item : null;
    }
}
