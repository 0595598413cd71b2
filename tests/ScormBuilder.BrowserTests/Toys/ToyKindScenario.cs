using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Toys;

/// <summary>
/// A kind is its folder, its partial and its runtime module, and nothing else: the toy kind of this folder, composed
/// into the pipeline and given a copy of templates/ with its partial and its module (and its line in modules.txt),
/// builds, shows, saves, restores after a reload and counts toward progress.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ToyKindScenario(BrowserFixture browser) : IDisposable
{
    private static readonly string s_toyFolder = Path.Combine(CoursePackages.RepositoryRoot, "tests", "ScormBuilder.BrowserTests", "Toys");
    private static readonly string s_templates = Path.Combine(CoursePackages.RepositoryRoot, "templates");

    private readonly string _work = Directory.CreateTempSubdirectory("scormbuilder-toy-").FullName;

    private string CourseDirectory => Path.Combine(_work, "course");

    private string TemplatesDirectory => Path.Combine(_work, "templates");

    [Fact]
    public async Task Should_build_show_save_restore_and_count_a_kind_that_lives_in_its_own_files()
    {
        var (course, package) = BuildWithTheToy();
        using var _ = package;
        var toy = course.Parts.OfType<Toy>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, package.Path);

        LmsReport first;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            await learner.NextAsync(toy);
            await learner.ExpectDoneAsync(toy, done: false);
            await Expect(Status(session.Sco, toy)).ToHaveTextAsync("Toy not done yet.");
            var (done, total) = PartsDone(await learner.Progress.TextContentAsync());

            await Press(session.Sco, toy).ClickAsync();

            await Expect(Status(session.Sco, toy)).ToHaveTextAsync("Toy done.");
            await learner.ExpectDoneAsync(toy, done: true);
            await Expect(learner.Progress).ToHaveTextAsync($"{done + 1} of {total} parts done");
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
        }

        var saved = first.CommittedValue("cmi.suspend_data")!;
        Assert.EndsWith($";t:{toy.Id}", saved, StringComparison.Ordinal);
        var toySection = new CourseCompiler(ToyPipeline()).SavedStateWorstCase(course).Of("t");
        Assert.Equal($";t:{toy.Id}".Length, toySection);

        await using var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, course);
        await back.ExpectDoneAsync(toy, done: true);
        await back.OpenAsync(toy);
        await Expect(Status(resumed.Sco, toy)).ToHaveTextAsync("Toy done.");
        await Expect(Press(resumed.Sco, toy)).ToBeDisabledAsync();
        Assert.Empty(resumed.ScriptErrors);
    }

    [Fact]
    public void Should_differ_from_the_products_templates_only_by_the_toys_partial_module_and_line_in_modules_txt()
    {
        CopyTemplatesWithTheToy();

        var changed = Files(TemplatesDirectory).Union(Files(s_templates)).Order(StringComparer.Ordinal)
            .Where(file => !SameFile(Path.Combine(s_templates, file), Path.Combine(TemplatesDirectory, file)));

        Assert.Equal(["partials/toy.sbn-html", "runtime/modules.txt", "runtime/toy.js"], changed);
        var added = File.ReadAllLines(Path.Combine(TemplatesDirectory, "runtime", "modules.txt"))
            .Except(File.ReadAllLines(Path.Combine(s_templates, "runtime", "modules.txt")));
        Assert.Equal(["toy.js"], added);
    }

    [Fact]
    public void Should_not_build_the_toy_course_without_the_toy_in_the_pipeline()
    {
        CopyTemplatesWithTheToy();
        CopyCourseWithAToy();

        var result = CourseCompiler.Default.Run(new BuildOptions(CourseDirectory, TemplatesDirectory, OutputDirectory: null));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.ToString().Contains("toys/one.md", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    // The kinds list: the built-in kinds and the toy.
    private static CompilerPipeline ToyPipeline() => new CompilerPipelineBuilder().UseBuiltInKinds().Use(new ToyKind()).Build();

    private (Course Course, PackageDirectory Package) BuildWithTheToy()
    {
        CopyTemplatesWithTheToy();
        CopyCourseWithAToy();
        var output = Path.Combine(_work, "dist");
        var compiler = new CourseCompiler(ToyPipeline());

        var result = compiler.Run(new BuildOptions(CourseDirectory, TemplatesDirectory, output));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var course = compiler.Load(CourseDirectory, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        return (course, PackageDirectory.Extract(Directory.GetFiles(output, "*.zip").Single()));
    }

    private void CopyTemplatesWithTheToy()
    {
        CourseCopy.CopyDirectory(s_templates, TemplatesDirectory);
        File.Copy(Path.Combine(s_toyFolder, "toy.sbn-html"), Path.Combine(TemplatesDirectory, "partials", "toy.sbn-html"));
        File.Copy(Path.Combine(s_toyFolder, "toy.js"), Path.Combine(TemplatesDirectory, "runtime", "toy.js"));
        new CourseCopy(TemplatesDirectory).Replace(Path.Combine("runtime", "modules.txt"), "\nmain.js", "\ntoy.js\nmain.js");
    }

    // The minimal course with a toy after its welcome page.
    private void CopyCourseWithAToy()
    {
        CourseCopy.CopyDirectory(CoursePackages.MinimalCourseDirectory, CourseDirectory);
        var copy = new CourseCopy(CourseDirectory);
        Directory.CreateDirectory(copy.PathOf("toys"));
        copy.Write(Path.Combine("toys", "one.md"), "---\nid: toy-one\ntitle: A toy\nbutton: Done\n---\n");
        copy.Replace("course.yaml", "  - pages/welcome.md\n", "  - pages/welcome.md\n  - toys/one.md\n");
    }

    private static ILocator Status(IFrame sco, Toy toy) => sco.Locator($"#{toy.Id} [data-toy-status]");

    private static ILocator Press(IFrame sco, Toy toy) => sco.Locator($"#{toy.Id}").GetByRole(AriaRole.Button, new() { Name = toy.Button, Exact = true });

    private static (int Done, int Total) PartsDone(string? progress)
    {
        var match = PartsDoneText().Match(progress ?? "");
        Assert.True(match.Success, $"The progress text is '{progress}'.");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));

    private static bool SameFile(string a, string b) => File.Exists(a) && File.Exists(b) && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    [GeneratedRegex(@"^(\d+) of (\d+) parts done$")]
    private static partial Regex PartsDoneText();
}
