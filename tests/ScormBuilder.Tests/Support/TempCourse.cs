namespace ScormBuilder.Tests.Support;

/// <summary>A throw-away copy of a test course that a test may break, with an output folder beside it.</summary>
internal sealed class TempCourse : IDisposable
{
    private TempCourse(string root)
    {
        Root = root;
        CourseDirectory = Path.Combine(root, "course");
        OutputDirectory = Path.Combine(root, "dist");
    }

    public string Root { get; }

    public string CourseDirectory { get; }

    public string OutputDirectory { get; }

    public static TempCourse CopyOf(string source)
    {
        var course = new TempCourse(Directory.CreateTempSubdirectory("sb-test-").FullName);
        CopyDirectory(source, course.CourseDirectory);
        return course;
    }

    /// <summary>A temporary folder with no course in it yet: 'new' writes one into <see cref="CourseDirectory"/>.</summary>
    public static TempCourse Empty() => new(Directory.CreateTempSubdirectory("sb-test-").FullName);

    /// <summary>A copy of the shipped templates beside the course, at ../templates, for a test to break; its path.</summary>
    public string CopyTemplates()
    {
        var templates = Path.Combine(Root, "templates");
        CopyDirectory(RepoPaths.Templates, templates);
        return templates;
    }

    public string PathOf(string relative) => Path.Combine(CourseDirectory, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Replaces text that must be present, so a stale edit fails loudly instead of testing nothing.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.True(text.Contains(oldText, StringComparison.Ordinal), $"'{oldText}' is not in {relative}; the test is out of date.");
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public string[] OutputFiles() =>
        Directory.Exists(OutputDirectory) ? Directory.GetFiles(OutputDirectory, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it for the OS to clean: a test must not fail because cleanup did.
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
