using System.Text.RegularExpressions;
using ScormBuilder.Cli.Scaffolding;
using ScormBuilder.Schemas;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Schemas;

/// <summary>
/// Every YAML file of the course 'new' writes, and of course/, starts with the modeline of VS Code's YAML extension
/// ('# yaml-language-server: $schema=…'), naming the schema for its kind of file, which holds that file valid.
/// </summary>
public sealed partial class ModelineTests : IDisposable
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
    public void Should_name_its_schema_in_every_yaml_file_a_new_course_has() => AssertModelines(NewCourse, 3);

    [Fact]
    public void Should_name_its_schema_in_every_yaml_file_of_the_real_course() => AssertModelines(RepoPaths.Course, 5);

    [Fact]
    public void Should_build_a_new_course_with_no_warning_and_leave_its_schemas_out_of_the_package()
    {
        var output = Path.Combine(_root, "dist");

        var result = CourseCompiler.Default.Run(new BuildOptions(NewCourse, RepoPaths.Templates, output));

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        using var zip = System.IO.Compression.ZipFile.OpenRead(result.Summary!.PackagePath!);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("schema.json", StringComparison.Ordinal));
    }

    private static void AssertModelines(string course, int expected)
    {
        var files = Directory.GetFiles(course, "*.yaml", SearchOption.AllDirectories);

        Assert.Equal(expected, files.Length);
        Assert.All(files, file =>
        {
            var relative = Path.GetRelativePath(course, file).Replace('\\', '/');
            var shaped = Assert.Single(CompilerPipeline.Default.ShapedFiles, s => Glob(s.Pattern).IsMatch(relative));
            var text = File.ReadAllText(file);
            var modeline = Modeline().Match(text);
            Assert.True(modeline.Success, $"{relative} does not start with '# yaml-language-server: $schema=…'.");
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, modeline.Groups["path"].Value));
            Assert.True(File.Exists(schema), $"{relative} names {modeline.Groups["path"].Value}, which does not exist.");
            Assert.Equal(CourseSchemas.FileName(shaped.Name), Path.GetFileName(schema));
            Assert.Empty(SchemaCheck.Problems(schema, text));
        });
    }

    private static Regex Glob(string pattern) => new("^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*") + "$");

    [GeneratedRegex(@"\A# yaml-language-server: \$schema=(?<path>\S+)\n")]
    private static partial Regex Modeline();

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
