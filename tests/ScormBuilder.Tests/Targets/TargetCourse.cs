using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Targets;

/// <summary>A copy of the minimal course with course.yaml's listing facts and any targets/*.yaml a test gives, checked for --target.</summary>
internal sealed class TargetCourse : IDisposable
{
    /// <summary>What Learning Hub's form needs, so a test adds only the fact it breaks.</summary>
    public const string Listed = "licence: All rights reserved\ncertificate: false\n";

    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

    public TargetCourse(string courseYamlTail, params (string Name, string Yaml)[] targets)
    {
        _course.Write("course.yaml", _course.Read("course.yaml") + courseYamlTail);
        foreach (var (name, yaml) in targets)
        {
            _course.Write($"targets/{name}.yaml", yaml);
        }
    }

    public TempCourse Course => _course;

    /// <summary>The course.yaml line (1-based) of the first line holding <paramref name="text"/>.</summary>
    public int LineOf(string text)
    {
        var lines = _course.Read("course.yaml").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in course.yaml; the test is out of date.");
        return index + 1;
    }

    /// <summary>The errors of checking the course for <paramref name="targets"/>, each as 'file(line,col): error SBnnnn: …' with the folder as 'course'.</summary>
    public IReadOnlyList<string> Errors(params string[] targets) =>
        [.. CourseCompiler.Default.Run(new BuildOptions(_course.CourseDirectory, RepoPaths.Templates, OutputDirectory: null, Targets: targets))
            .Diagnostics.Where(d => d.IsError)
            .Select(d => d.ToString().Replace(_course.CourseDirectory.Replace('\\', '/'), "course", StringComparison.Ordinal))];

    public void Dispose() => _course.Dispose();
}
