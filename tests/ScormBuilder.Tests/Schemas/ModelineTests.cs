using ScormBuilder.Cli.Scaffolding;
using ScormBuilder.Diagnostics;
using ScormBuilder.Schemas;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Schemas;

/// <summary>
/// Every YAML file of the course 'new' writes starts with the modeline of VS Code's YAML extension
/// ('# yaml-language-server: $schema=…'), naming the schema for its kind of file, which holds that file valid.
/// </summary>
public sealed class ModelineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sb-schemas-").FullName;

    private string NewCourse
    {
        get
        {
            var course = Path.Combine(_root, "my-course");
            if (!Directory.Exists(course))
            {
                SampleCourse.WriteTo(course);
            }

            return course;
        }
    }

    [Fact]
    public void Should_write_the_schemas_that_ship_with_the_tool_into_a_new_course()
    {
        var written = Path.Combine(NewCourse, CourseSchemas.Folder);

        Assert.All(Directory.GetFiles(SchemaCheck.SchemaPath(""), "*.json"), shipped =>
            Assert.Equal(File.ReadAllText(shipped), File.ReadAllText(Path.Combine(written, Path.GetFileName(shipped)))));
        Assert.Equal(Directory.GetFiles(SchemaCheck.SchemaPath(""), "*.json").Length, Directory.GetFiles(written).Length);
    }

    [Fact]
    public void Should_name_its_schema_in_every_yaml_file_a_new_course_has() => YamlModelines.AssertIn(NewCourse, 4);

    [Fact]
    public void Should_build_a_new_course_with_only_its_pending_review_and_leave_its_schemas_out_of_the_package()
    {
        var output = Path.Combine(_root, "dist");
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2026-12-06T12:00:00Z")).Build());

        var result = compiler.Run(new BuildOptions(NewCourse, RepoPaths.Templates, output));

        Assert.True(result.Diagnostics.Select(d => d.Code).SequenceEqual([DiagnosticCodes.ReviewMissing]), string.Join('\n', result.Diagnostics));
        using var zip = System.IO.Compression.ZipFile.OpenRead(result.Summary!.PackagePath!);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("schema.json", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it for the OS to clean: a test must not fail because cleanup did.
        }
    }
}
