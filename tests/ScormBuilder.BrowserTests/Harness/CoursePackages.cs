using System.Collections.Concurrent;
using System.Diagnostics;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// The packages the scenarios run, each built once per test run by the real CLI (scormbuilder.dll, run as a
/// process exactly as authors run it) and extracted for <see cref="TestLms"/> to serve. Every collection holds a
/// fixture; the packages are shared by all of them while any is running, and removed when the last one ends.
/// </summary>
public sealed class CoursePackages : IDisposable
{
    private static readonly Lock s_users = new();
    private static ConcurrentDictionary<string, Lazy<BuiltCourse>> s_built = new(StringComparer.Ordinal);
    private static ConcurrentBag<string> s_temporary = [];
    private static int s_userCount;

    public CoursePackages()
    {
        lock (s_users)
        {
            s_userCount++;
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RealCourseDirectory => Path.Combine(RepositoryRoot, "course");

    public static string MinimalCourseDirectory => Path.Combine(RepositoryRoot, "tests", "ScormBuilder.Tests", "TestData", "courses", "minimal");

    public static string DrawnCourseDirectory => Path.Combine(RepositoryRoot, "tests", "ScormBuilder.Tests", "TestData", "courses", "drawn");

    /// <summary>The product's course, course/.</summary>
    public BuiltCourse RealCourse => Build("real", RealCourseDirectory);

    /// <summary>
    /// tests/ScormBuilder.Tests' drawn course: a quiz that draws about half its questions from two pools and a matching
    /// and an ordering question every time, a required branching scenario and a knowledge check.
    /// </summary>
    public BuiltCourse DrawnCourse => Build("drawn", DrawnCourseDirectory);

    /// <summary>tests/ScormBuilder.Tests' minimal course: one part of each kind, failed_quiz_status: failed.</summary>
    public BuiltCourse MinimalCourse => Build("minimal", MinimalCourseDirectory);

    /// <summary>Builds a copy of <paramref name="sourceDirectory"/> after <paramref name="edit"/> has changed it; once per name.</summary>
    public BuiltCourse Build(string name, string sourceDirectory, Action<CourseCopy>? edit = null) =>
        s_built.GetOrAdd(name, _ => new Lazy<BuiltCourse>(() => BuildNow(name, sourceDirectory, edit))).Value;

    public void Dispose()
    {
        ConcurrentDictionary<string, Lazy<BuiltCourse>> built;
        ConcurrentBag<string> temporary;
        lock (s_users)
        {
            if (--s_userCount > 0)
            {
                return;
            }

            (built, temporary) = (s_built, s_temporary);
            (s_built, s_temporary) = (new(StringComparer.Ordinal), []);
        }

        foreach (var course in built.Values.Where(lazy => lazy.IsValueCreated))
        {
            course.Value.Package.Dispose();
        }

        foreach (var directory in temporary.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private BuiltCourse BuildNow(string name, string sourceDirectory, Action<CourseCopy>? edit)
    {
        var work = Directory.CreateTempSubdirectory($"scormbuilder-{name}-").FullName;
        s_temporary.Add(work);
        var courseDirectory = Path.Combine(work, "course");
        CourseCopy.CopyDirectory(sourceDirectory, courseDirectory);
        edit?.Invoke(new CourseCopy(courseDirectory));

        var output = Path.Combine(work, "dist");
        var run = ScormBuilderCli.Run("build", courseDirectory, "-o", output, "--templates", Path.Combine(RepositoryRoot, "templates"));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"scormbuilder could not build '{name}' (exit {run.ExitCode}):\n{run.Output}");
        }

        var zip = Directory.GetFiles(output, "*.zip").Single();
        return new BuiltCourse(name, LoadModel(courseDirectory), PackageDirectory.Extract(zip), run.Output);
    }

    // The tests read the course as the build does, so expected answers and titles come from the sources.
    private static Course LoadModel(string courseDirectory)
    {
        var diagnostics = new DiagnosticBag();
        return CourseCompiler.Default.Load(courseDirectory, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScormBuilder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find ScormBuilder.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>A built package, with the course model it came from and what the build printed.</summary>
public sealed record BuiltCourse(string Name, Course Course, PackageDirectory Package, string BuildOutput);

/// <summary>A throw-away copy of a course that a scenario edits before it is built.</summary>
public sealed class CourseCopy(string directory)
{
    public string Directory { get; } = directory;

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void Delete(string relative) => File.Delete(PathOf(relative));

    /// <summary>Replaces text that must be present, so that a stale edit fails loudly instead of testing nothing.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relative}: the scenario is out of date.");
        }

        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    internal static void CopyDirectory(string source, string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in System.IO.Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
