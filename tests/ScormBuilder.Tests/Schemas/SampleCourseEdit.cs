using System.Text.Json;
using ScormBuilder.Cli.Scaffolding;
using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Schemas;

/// <summary>
/// The course 'new' writes, with one edit to one of its YAML files, as the loader and that file's schema see it.
/// </summary>
internal sealed class SampleCourseEdit
{
    private SampleCourseEdit(string file, string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        File = file;
        Text = text;
        Diagnostics = diagnostics;
    }

    /// <summary>The edited file, relative to the course.</summary>
    public string File { get; }

    /// <summary>The edited file's text.</summary>
    public string Text { get; }

    /// <summary>What the loader reports for the course with the edit.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The schema the file's modeline names, from the committed schemas.</summary>
    public string SchemaPath => SchemaCheck.SchemaPath(Path.GetFileName(Text.Split('\n')[0].Split("$schema=")[1]));

    public IReadOnlyList<string> SchemaProblems => SchemaCheck.Problems(SchemaPath, Text);

    /// <summary>Writes the sample course, replaces <paramref name="oldText"/> (which must be there) and loads it.</summary>
    public static SampleCourseEdit Of(string file, string oldText, string newText)
    {
        var root = Directory.CreateTempSubdirectory("sb-schema-edit-").FullName;
        try
        {
            var course = Path.Combine(root, "course");
            SampleCourse.WriteTo(course);
            var path = Path.Combine(course, file);
            var text = System.IO.File.ReadAllText(path);
            Assert.True(text.Contains(oldText, StringComparison.Ordinal), $"'{oldText}' is not in {file}; the test is out of date.");
            text = text.Replace(oldText, newText, StringComparison.Ordinal);
            System.IO.File.WriteAllText(path, text);
            var diagnostics = new DiagnosticBag();
            CourseCompiler.Default.Load(course, diagnostics);
            return new SampleCourseEdit(file, text, diagnostics.ToSortedList());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The properties of the schema object found by following <paramref name="path"/> from the root.</summary>
    public IReadOnlyList<string> SchemaKeysAt(params string[] path)
    {
        using var schema = JsonDocument.Parse(System.IO.File.ReadAllText(SchemaPath));
        var at = schema.RootElement;
        foreach (var step in path)
        {
            at = int.TryParse(step, out var index) ? at[index] : at.GetProperty(step);
        }

        return [.. at.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }
}
