using Scriban.Runtime;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Teaching;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.CaseStudies;

/// <summary>case-studies/*.md: a summary, a credit and the case; each must be linked from a session.</summary>
internal sealed class CaseStudyKind() : FolderKind(Name, "case-studies"), ICourseRule
{
    public const string Name = "case-study";

    public override void Setup(CompilerPipelineBuilder builder)
    {
        base.Setup(builder);
        builder.Rules.Add(this);
    }

    protected override Part? Load(PartSource source, FrontMatter document, LoadContext context)
    {
        var fields = document.Fields;
        var (id, title, required) = PartFields.ReadCommon(fields);
        var summary = fields.String("summary");
        var credit = fields.String("credit");
        return id is null || title is null
            ? null
            : new CaseStudy(id, title, required, source.Path, fields.LocationOf("id"), summary, credit, context.Body(source.Path, id, document));
    }

    /// <summary>A case study no session links to is one learners meet without knowing why.</summary>
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var linked = course.TeachingParts
            .SelectMany(s => s.Body.Links)
            .Where(l => !l.IsExternal)
            .Select(l => l.Target)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var caseStudy in course.Parts.OfType<CaseStudy>().Where(c => !linked.Contains(c.SourcePath)))
        {
            diagnostics.Report(ValidationDiagnostics.CaseStudyNotLinked, caseStudy.IdLocation,
                $"No session links to case study '{caseStudy.Id}'. Link it from the session it illustrates, e.g. [{caseStudy.Title}](../{caseStudy.SourcePath}).");
        }
    }

    public override ScriptObject Model(Part part, RenderContext context)
    {
        var caseStudy = (CaseStudy)part;
        return new CaseStudyValues
        {
            Id = caseStudy.Id,
            Title = caseStudy.Title,
            Summary = TemplateValues.Optional(caseStudy.Summary),
            Credit = TemplateValues.Optional(caseStudy.Credit),
            Body = new RawHtml(context.Markdown.Render(caseStudy.Body)),
        }.ToScriptObject();
    }
}
