using Scriban;
using Scriban.Runtime;
using ScormBuilder.Rendering;

namespace ScormBuilder.Tests.Rendering;

/// <summary>Escaping is the default of the template context, not something each template must remember.</summary>
public sealed class HtmlTemplateContextTests
{
    private const string Hostile = "Tom & Jerry <script>alert('x')</script> \"quoted\" `tick` a=b é 😀";

    [Fact]
    public void Should_escape_every_value_a_template_writes()
    {
        // Given
        var model = new ScriptObject { ["text"] = Hostile, ["number"] = 42, ["missing"] = null };

        // When
        var html = Render("{{ text }}|{{ number }}|{{ missing }}|{{ text | string.upcase }}", model);

        // Then
        Assert.Equal(
            "Tom &amp; Jerry &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;quoted&quot; &#x60;tick&#x60; a&#x3D;b é 😀|42||" +
            "TOM &amp; JERRY &lt;SCRIPT&gt;ALERT(&#x27;X&#x27;)&lt;/SCRIPT&gt; &quot;QUOTED&quot; &#x60;TICK&#x60; A&#x3D;B É 😀",
            html);
    }

    [Fact]
    public void Should_write_raw_html_as_it_is_and_escape_it_once_it_is_changed()
    {
        var model = new ScriptObject { ["body"] = new RawHtml("<p>A &amp; B</p>") };

        var html = Render("{{ body }}|{{ body | string.append '!' }}", model);

        Assert.Equal("<p>A &amp; B</p>|&lt;p&gt;A &amp;amp; B&lt;/p&gt;!", html);
    }

    [Fact]
    public void Should_escape_literal_text_in_expressions_but_not_the_template_text_around_them()
    {
        var html = Render("<b>{{ '<i>' }}</b>", new ScriptObject());

        Assert.Equal("<b>&lt;i&gt;</b>", html);
    }

    [Fact]
    public void Should_include_a_partial_once_escaped_not_twice()
    {
        // Given
        var partial = Template.Parse("<span>{{ text }}</span>", "partials/inner.sbn-html");
        var loader = new PartialLoader(new Dictionary<string, Template> { ["inner"] = partial });
        var outer = Template.Parse("<div>{{ with item }}{{ include 'inner' }}{{ end }}</div>", "layout.sbn-html");
        var context = new HtmlTemplateContext(loader);
        context.PushGlobal(new ScriptObject { ["item"] = new ScriptObject { ["text"] = "a < b" } });

        // When
        var html = outer.Render(context);

        // Then
        Assert.Equal("<div><span>a &lt; b</span></div>", html);
    }

    [Fact]
    public void Should_not_indent_multi_line_values_to_the_column_of_their_tag()
    {
        var html = Render("  {{ body }}", new ScriptObject { ["body"] = new RawHtml("<pre>one\ntwo</pre>") });

        Assert.Equal("  <pre>one\ntwo</pre>", html);
    }

    [Fact]
    public void Should_loop_over_more_items_than_scriban_allows_by_default()
    {
        var items = new ScriptArray();
        for (var i = 0; i < 5000; i++)
        {
            items.Add(i);
        }

        var html = Render("{{ for i in items }}.{{ end }}", new ScriptObject { ["items"] = items });

        Assert.Equal(5000, html.Length);
    }

    private static string Render(string text, ScriptObject model)
    {
        var template = Template.Parse(text, "test.sbn-html");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var context = new HtmlTemplateContext(new PartialLoader(new Dictionary<string, Template>()));
        context.PushGlobal(model);
        return template.Render(context);
    }
}
