using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ScormBuilder.Rendering;

/// <summary>
/// Lets a template include a partial by its name (<c>include "transcript"</c>) from the set compiled when the
/// templates were loaded: nothing is read or parsed again while rendering.
/// </summary>
internal sealed class PartialLoader(IReadOnlyDictionary<string, Template> byName) : ITemplateLoader
{
    public IEnumerable<KeyValuePair<string, Template>> ByPath =>
        byName.Values.Select(t => new KeyValuePair<string, Template>(TemplateSet.PathOf(t), t));

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        byName.TryGetValue(templateName, out var template)
            ? TemplateSet.PathOf(template)
            : throw new ScriptRuntimeException(callerSpan,
                $"There is no partial '{templateName}' to include. Name one of the partials/*{TemplateSet.Extension} files without its extension: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))}");

    // Every partial is in the context's cache under its path before rendering starts, so Scriban never asks.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"The partial {templatePath} was not compiled with the templates.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
