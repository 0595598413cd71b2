using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;
using ScormBuilder.Tests.Docs;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Rendering;

/// <summary>docs/templates.md's values are made from the template models, and every template and value has its words.</summary>
public sealed class TemplateReferenceTests
{
    private static string DocumentPath => Path.Combine(RepoPaths.Root, "docs", "templates.md");

    [Fact]
    public void Should_keep_docs_templates_md_made_from_the_models() =>
        GoldenFile.MatchFile(DocumentPath, TemplateReference.Rewrite(File.ReadAllText(DocumentPath)));

    [Fact]
    public void Should_have_a_model_for_the_layout_and_every_shipped_partial()
    {
        var partials = Directory.EnumerateFiles(Path.Combine(RepoPaths.Templates, "partials"), "*" + TemplateSet.Extension)
            .Select(f => Path.GetFileName(f)[..^TemplateSet.Extension.Length]);

        Assert.Equal(
            partials.Append("layout").Order(StringComparer.Ordinal),
            TemplateReference.Models.SelectMany(TemplateReference.NamesOf).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_describe_every_template_and_every_value()
    {
        var records = TemplateReference.Models.Concat(TemplateReference.Models.SelectMany(TemplateReference.NestedIn)).ToList();

        Assert.All(TemplateReference.Models, m => Assert.False(string.IsNullOrWhiteSpace(TemplateReference.DescriptionOf(m)), m.Name));
        Assert.All(records.SelectMany(TemplateReference.Properties), p =>
            Assert.False(string.IsNullOrWhiteSpace(TemplateReference.DescriptionOf(p)), $"{p.DeclaringType!.Name}.{p.Name}"));
    }

    [Fact]
    public void Should_document_every_model_record_and_seal_it()
    {
        var documented = TemplateReference.Models.Concat(TemplateReference.Models.SelectMany(TemplateReference.NestedIn)).ToHashSet();
        var records = typeof(TemplateValues).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TemplateValues)));

        Assert.All(records, r =>
        {
            Assert.True(r.IsSealed, $"{r.Name} is a template model: make it sealed.");
            Assert.True(documented.Contains(r), $"{r.Name} is neither a template's model nor reached from one, so docs/templates.md misses it.");
        });
    }

    [Fact]
    public void Should_link_each_value_that_has_another_templates_values_to_its_heading()
    {
        var anchors = MarkdownLinks.AnchorsOf(File.ReadAllLines(DocumentPath));

        Assert.All(TemplateReference.Models, m => Assert.Contains(TemplateReference.AnchorOf(m), anchors));
        Assert.Contains("the-values-each-template-gets", anchors);
    }

    [Fact]
    public void Should_send_a_template_that_lacks_a_value_to_the_values_and_every_template_diagnostic_to_a_heading_there()
    {
        var anchors = MarkdownLinks.AnchorsOf(File.ReadAllLines(DocumentPath));
        var pointers = RenderingDiagnostics.All.SelectMany(d => Regex.Matches(d.Help, @"docs/templates\.md#([a-z0-9-]+)").Select(m => (d.Code, Anchor: m.Groups[1].Value))).ToList();

        Assert.Contains((RenderingDiagnostics.TemplateFailed.Code, "the-values-each-template-gets"), pointers);
        Assert.All(pointers, p => Assert.True(anchors.Contains(p.Anchor), $"{p.Code} sends authors to #{p.Anchor}, which no heading of docs/templates.md makes."));
    }
}
