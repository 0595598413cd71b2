using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;
using ScormBuilder.Validation;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>A compiler is made from a pipeline value, which a test can compose with an extension of its own.</summary>
public sealed class CompilerPipelineTests
{
    [Fact]
    public void Should_run_an_extension_composed_into_the_pipeline()
    {
        // Given a compiler whose pipeline has the built-in kinds and an extension of the test's own
        var extension = new CountingExtension();
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().Use(extension).Build());

        // When it checks a course
        var result = compiler.Run(new BuildOptions(RepoPaths.MinimalCourse, RepoPaths.Templates, OutputDirectory: null));

        // Then the course passes and the extension's rule saw it once
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, extension.Checked);
    }

    [Fact]
    public void Should_leave_the_default_pipeline_without_the_extension()
    {
        // Given an extension composed into a pipeline of its own
        var extension = new CountingExtension();
        _ = new CompilerPipelineBuilder().UseBuiltInKinds().Use(extension).Build();

        // When the default compiler checks a course
        CourseCompiler.Default.Run(new BuildOptions(RepoPaths.MinimalCourse, RepoPaths.Templates, OutputDirectory: null));

        // Then the extension never ran: a pipeline is a value, not a shared registry
        Assert.Equal(0, extension.Checked);
    }

    private sealed class CountingExtension : ICompilerExtension, ICourseRule
    {
        private int _checked;

        public int Checked => _checked;

        public void Setup(CompilerPipelineBuilder builder) => builder.Rules.Add(this);

        public void Check(Model.Course course, DiagnosticBag diagnostics) => Interlocked.Increment(ref _checked);
    }
}
