using System.Buffers;
using System.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ScormBuilder.Rendering;

/// <summary>
/// A Scriban context in which every value a template writes is HTML-escaped unless it is <see cref="RawHtml"/>,
/// so that an organisation's rebranded template cannot forget to escape learner or author text.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // The set Handlebars escaped, which the packages built before Scriban were made with.
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    public HtmlTemplateContext(PartialLoader partials)
        : base(new LazyBuiltins())
    {
        TemplateLoader = partials;
        foreach (var (path, template) in partials.ByPath)
        {
            CachedTemplates[path] = template;
        }

        // Output is HTML, where Scriban's indenting of multi-line values would change preformatted text.
        AutoIndent = false;
        StrictVariables = true;
        // A course may have thousands of questions; nothing a template loops over comes from outside the build.
        LoopLimit = 0;
        LimitToString = 0;
        BuiltinObject.SetValue("include", new RawInclude(new IncludeFunction()), true);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            Write(raw.Html);
        }
        else if (textAsObject is not null)
        {
            Write(Escape(ObjectToString(textAsObject) ?? ""));
        }

        return this;
    }

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is RawHtml raw ? raw.Html : base.ObjectToString(value, nested);

    internal static string Escape(string text)
    {
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, next);
        for (var i = next; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#x27;"),
                '`' => escaped.Append("&#x60;"),
                '=' => escaped.Append("&#x3D;"),
                var c => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Scriban's built-in functions (string.upcase, array.join, …), made only when a template first names one:
    /// making them all costs a cold build more than rendering the whole course does.
    /// </summary>
    private sealed class LazyBuiltins : ScriptObject
    {
        private ScriptObject? _defaults;

        private ScriptObject Defaults => _defaults ??= GetDefaultBuiltinObject();

        public override bool Contains(string member) => base.Contains(member) || Defaults.Contains(member);

        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
            base.TryGetValue(context, span, member, out value) || Defaults.TryGetValue(context, span, member, out value);
    }

    /// <summary>Scriban's include, whose result (already escaped as it was written) is written as it is.</summary>
    private sealed class RawInclude(IScriptCustomFunction include) : IScriptCustomFunction
    {
        public int RequiredParameterCount => include.RequiredParameterCount;

        public int ParameterCount => include.ParameterCount;

        public ScriptVarParamKind VarParamKind => include.VarParamKind;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawHtml(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawHtml(await include.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? "");
    }
}
