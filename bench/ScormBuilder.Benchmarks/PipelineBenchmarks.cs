using BenchmarkDotNet.Attributes;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Packaging;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Benchmarks;

/// <summary>Each pipeline stage in process, warm, on the real course and on a generated 40-session course.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private CourseFolder _folder = null!;
    private TemplateSet _templates = null!;
    private Course _course = null!;
    private RenderedSite _site = null!;
    private string _output = null!;

    [Params("course", "generated-40")]
    public string Input { get; set; } = "course";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot.Find();
        var directory = Input == "course" ? Path.Combine(root, "course") : Path.Combine(Path.GetTempPath(), "sb-bench-40");
        if (Input != "course")
        {
            new CourseGenerator(sessions: 40, questions: 200, caseStudies: 5).Write(directory);
        }

        _folder = new CourseFolder(directory);
        var diagnostics = new DiagnosticBag();
        _templates = TemplateSet.Load(Path.Combine(root, "templates"), diagnostics)!;
        _course = new CourseLoader().Load(_folder, diagnostics)!;
        _site = new SiteRenderer(_templates).Render(_course, _folder, diagnostics)!;
        _output = Path.Combine(Path.GetTempPath(), "sb-bench-out.zip");
    }

    [Benchmark]
    public object? LoadTemplates() => TemplateSet.Load(Path.Combine(RepoRoot.Find(), "templates"), new DiagnosticBag());

    [Benchmark]
    public object? Load() => new CourseLoader().Load(_folder, new DiagnosticBag());

    [Benchmark]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        new CourseValidator().Validate(_course, _folder, diagnostics);
        return diagnostics.Count;
    }

    [Benchmark]
    public object? Render() => new SiteRenderer(_templates).Render(_course, _folder, new DiagnosticBag());

    [Benchmark]
    public long? Package() => new PackageWriter().Write(_output, ManifestWriter.Write(_course, _site), _site, new DiagnosticBag());
}
