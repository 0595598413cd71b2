using NetArchTest.Rules;

namespace ScormBuilder.Tests.Architecture;

/// <summary>
/// The compiler's stages depend one way: Sources → Loading → Validation → Rendering → Packaging, each using only
/// what comes before it (and the model and diagnostics), and the kinds of part plug into all of them. A backward
/// reference fails here.
/// </summary>
public sealed class StageDirectionTests
{
    private const string Root = "ScormBuilder";
    private const string Kinds = "ScormBuilder.Kinds";

    // Each layer and what it must never use: everything after it in the pipeline, the kinds, and the compiler.
    public static TheoryData<string, string[]> Layers => new()
    {
        { "ScormBuilder.Diagnostics", ["ScormBuilder.Model", "ScormBuilder.Sources", "ScormBuilder.Loading", "ScormBuilder.Validation", "ScormBuilder.Rendering", "ScormBuilder.Packaging", Kinds] },
        { "ScormBuilder.Model", ["ScormBuilder.Sources", "ScormBuilder.Loading", "ScormBuilder.Validation", "ScormBuilder.Rendering", "ScormBuilder.Packaging", Kinds] },
        { "ScormBuilder.Sources", ["ScormBuilder.Loading", "ScormBuilder.Validation", "ScormBuilder.Rendering", "ScormBuilder.Packaging", Kinds] },
        { "ScormBuilder.Loading", ["ScormBuilder.Validation", "ScormBuilder.Rendering", "ScormBuilder.Packaging", Kinds] },
        // Validation reads the model only: no files, so not the sandbox either.
        { "ScormBuilder.Validation", ["ScormBuilder.Sources", "ScormBuilder.Rendering", "ScormBuilder.Packaging", Kinds, "System.IO.File", "System.IO.Directory", "System.IO.FileStream"] },
        { "ScormBuilder.Rendering", ["ScormBuilder.Packaging", Kinds] },
        { "ScormBuilder.Packaging", [Kinds, "ScormBuilder.Releases"] },
        // Release notes read packages, as any reader of a zip would: never a kind's classes.
        { "ScormBuilder.Releases", [Kinds] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Should_use_only_what_comes_before_it(string layer, string[] forbidden)
    {
        // Given the compiler's assembly
        var types = Types.InAssembly(typeof(CourseCompiler).Assembly);

        // When the layer's types are checked against what comes after it
        var result = types.That().ResideInNamespace(layer).Should().NotHaveDependencyOnAny([.. forbidden, .. CompilerTypes]).GetResult();

        // Then none of them reaches forward
        Assert.True(result.IsSuccessful, $"{layer} uses what comes after it: {string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName))}");
    }

    [Fact]
    public void Should_see_a_dependency_when_there_is_one()
    {
        // The rule above can fail: the kinds really do use the stages they plug into.
        var result = Types.InAssembly(typeof(CourseCompiler).Assembly)
            .That().ResideInNamespace(Kinds).Should().NotHaveDependencyOnAny("ScormBuilder.Loading").GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void Should_keep_the_public_surface_to_the_compiler_its_results_the_diagnostics_and_the_model()
    {
        var publicTypes = Types.InAssembly(typeof(CourseCompiler).Assembly).That().ArePublic().GetTypes()
            .Select(t => t.ReflectionType)
            .Where(t => !t.IsNested)
            .Select(t => t.Namespace!)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.All(publicTypes, ns => Assert.True(
            // Inspection is Core's second entry point: 'inspect' reads a package the compiler did not make.
            ns is Root or "ScormBuilder.Diagnostics" or "ScormBuilder.Model" or "ScormBuilder.Rendering" or "ScormBuilder.Validation" or "ScormBuilder.Inspection" or "ScormBuilder.Releases" ||
            ns.StartsWith(Kinds + ".", StringComparison.Ordinal),
            $"{ns} has public types; keep Core's public surface to the compiler, inspection, diagnostics and model."));
    }

    [Fact]
    public void Should_keep_the_review_pack_on_top_of_the_stages_and_the_kinds()
    {
        // The review pack reads the compiled course; no stage and no kind may depend on it. The uploader's sheet, also
        // a page written on top of the compiled course, writes its markup with the pack's escaping writer.
        var result = Types.InAssembly(typeof(CourseCompiler).Assembly)
            .That().DoNotResideInNamespace("ScormBuilder.ReviewPack").And().DoNotResideInNamespace("ScormBuilder.UploadSheet")
            .And().DoNotHaveName("CourseReviewer")
            .Should().NotHaveDependencyOnAny("ScormBuilder.ReviewPack").GetResult();

        Assert.True(result.IsSuccessful, $"These use the review pack: {string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName))}");

        // The rule can fail: the public entry to the pack does use it.
        Assert.False(Types.InAssembly(typeof(CourseCompiler).Assembly).That().HaveName("CourseReviewer")
            .Should().NotHaveDependencyOnAny("ScormBuilder.ReviewPack").GetResult().IsSuccessful);
    }

    // The compiler's own types, in the root namespace, sit on top of every stage.
    private static readonly string[] CompilerTypes =
    [
        "ScormBuilder.CourseCompiler", "ScormBuilder.BuildOptions", "ScormBuilder.BuildResult", "ScormBuilder.CompiledPackage",
        "ScormBuilder.CompilerPipeline", "ScormBuilder.CompilerPipelineBuilder", "ScormBuilder.ICompilerExtension",
    ];
}
