using ScormBuilder.Tests.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Windows;

/// <summary>
/// A course checked out on Windows has CRLF line endings in every text file. Each golden case, with all of its text
/// files turned to CRLF, must print exactly its golden diagnostics: the same codes, lines and columns.
/// </summary>
public sealed class CrlfDiagnosticsTests
{
    private static string Folder => Path.Combine(RepoPaths.TestData, "golden", "diagnostics");

    [Theory]
    [MemberData(nameof(GoldenDiagnosticsTests.Cases), MemberType = typeof(GoldenDiagnosticsTests))]
    public void Should_print_the_golden_diagnostics_for_crlf_sources(string name)
    {
        // Given the golden case, checked out with CRLF
        using var spec = CourseSpec.Parse(File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = spec.EditsTemplates ? course.CopyTemplates() : RepoPaths.Templates;
        spec.ApplyTo(course);
        Assert.NotEmpty(WindowsLineEndings.Apply(course.CourseDirectory));

        // When
        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates, .. spec.Options]);

        // Then
        var printed = run.Stderr
            .Replace(course.CourseDirectory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(course.Root, "<temp>", StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, name + ".out.txt")), printed);
    }
}
