using BenchmarkDotNet.Attributes;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Packaging;
using ScormBuilder.Rendering;

namespace ScormBuilder.Benchmarks;

/// <summary>Each pipeline stage in process, warm, on the real course and on a generated 40-session course.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _directory = null!;
    private TemplateSet _templates = null!;
    private Course _course = null!;
    private CompiledPackage _package = null!;
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

        _directory = directory;
        var diagnostics = new DiagnosticBag();
        _templates = TemplateSet.Load(Path.Combine(root, "templates"), diagnostics)!;
        _course = CourseCompiler.Default.Load(directory, diagnostics)!;
        _package = CourseCompiler.Default.Compile(directory, _templates, diagnostics)!;
        _output = Path.Combine(Path.GetTempPath(), "sb-bench-out.zip");
    }

    [Benchmark]
    public object? LoadTemplates() => TemplateSet.Load(Path.Combine(RepoRoot.Find(), "templates"), new DiagnosticBag());

    [Benchmark]
    public object? Load() => CourseCompiler.Default.Load(_directory, new DiagnosticBag());

    // Load, validate and render, with templates compiled once.
    [Benchmark]
    public object? Compile() => CourseCompiler.Default.Compile(_directory, _templates, new DiagnosticBag());

    [Benchmark]
    public long Package()
    {
        using var pending = new PackageWriter().Write(_output, _package.Manifest, _package.Site, new DiagnosticBag());
        pending!.Commit();
        return new FileInfo(_output).Length;
    }
}
