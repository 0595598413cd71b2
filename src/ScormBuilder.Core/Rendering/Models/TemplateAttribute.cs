namespace ScormBuilder.Rendering.Models;

/// <summary>
/// Names the templates a <see cref="TemplateValues"/> record is the model of, so that docs/templates.md lists its
/// values under them. A record without it is nested in another (a session's video, a quiz's question's option).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class TemplateAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
