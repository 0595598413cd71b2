using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Diagnostics;

/// <summary>
/// The exact text of every diagnostic a course can trigger, pinned: each TestData/golden/diagnostics/NAME.txt breaks
/// the minimal course (<see cref="CourseSpec"/>), and NAME.out.txt beside it holds what 'scormbuilder build' prints
/// on stderr, with paths relative to the course. SCORMBUILDER_UPDATE_GOLDEN=1 rewrites the .out.txt files.
/// </summary>
public sealed partial class GoldenDiagnosticsTests
{
    // A file the build may not read needs a user other than root, and Markdown that Markdig cannot parse needs
    // megabytes of it: both are in the hostile-input tests. A previous package that cannot be read carries the
    // operating system's words: Releases/ChangesBadInputTests triggers it. The other 'changes' codes are pinned
    // here as changes-sbNNNN-*.out.txt by that class, with no case file (they are not build diagnostics).
    private static readonly string[] s_notPinned = [DiagnosticCodes.FileUnreadable, DiagnosticCodes.UnparsableMarkdown, DiagnosticCodes.PackageUnreadable];

    private static string Folder => Path.Combine(RepoPaths.TestData, "golden", "diagnostics");

    public static TheoryData<string> Cases =>
    [
        .. Directory.GetFiles(Folder, "*.txt")
            .Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_print_the_golden_diagnostics(string name)
    {
        // Given
        using var spec = CourseSpec.Parse(File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = spec.EditsTemplates ? course.CopyTemplates() : RepoPaths.Templates;
        spec.ApplyTo(course);

        // When
        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates, .. spec.Options]);

        // Then
        var printed = run.Stderr
            .Replace(course.CourseDirectory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(course.Root, "<temp>", StringComparison.Ordinal);
        GoldenFile.Match($"diagnostics/{name}.out.txt", printed);
        Assert.Equal(printed.Contains(": error SB", StringComparison.Ordinal) ? 1 : 0, run.ExitCode);
    }

    [Fact]
    public void Should_give_every_code_a_golden_case()
    {
        var pinned = Directory.GetFiles(Folder, "*.out.txt")
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        // inspect's findings come from a package, not a course: Inspection/PackageFindingsTests (and, for a target's,
        // TargetInspectionTests) builds a zip for each.
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).Except(s_notPinned)
            .Except(InspectionDiagnostics.All.Concat(TargetDiagnostics.PackageFindings).Select(d => d.Code));

        Assert.Empty(codes.Where(code => !pinned.Contains(code)).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@": (?:error|warning) (SB\d{4}):")]
    private static partial Regex Code();
}
