using System.Diagnostics;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Preview;

/// <summary>
/// What every preview test starts from, made once: the course 'scormbuilder new' writes (run as a process, as
/// a new author runs it), and a copy of templates/ whose learner runtime is TestData/preview-runtime.js.
/// </summary>
public sealed class PreviewFixture : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("scormbuilder-preview-fixture-").FullName;

    public PreviewFixture()
    {
        SampleCourse = Path.Combine(_root, "sample-course");
        var run = ScormBuilderCli.Run("new", SampleCourse);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"scormbuilder new failed (exit {run.ExitCode}):\n{run.Output}");
        }

        RealTemplates = Path.Combine(CoursePackages.RepositoryRoot, "templates");
        FixtureTemplates = Path.Combine(_root, "templates");
        CourseCopy.CopyDirectory(RealTemplates, FixtureTemplates);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "preview-runtime.js"),
            Path.Combine(FixtureTemplates, "assets", "runtime.js"), overwrite: true);
    }

    /// <summary>The sample course of 'scormbuilder new'.</summary>
    public string SampleCourse { get; }

    /// <summary>templates/ with the stand-in runtime, whose SCORM calls the tests know in advance.</summary>
    public string FixtureTemplates { get; }

    /// <summary>The repository's own templates/, with the real learner runtime.</summary>
    public string RealTemplates { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it for the OS to clean.
        }
    }
}
