namespace ScormBuilder.Tests.Support;

/// <summary>Where things are in the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Course => Path.Combine(Root, "course");

    public static string TestData => Path.Combine(Root, "tests", "ScormBuilder.Tests", "TestData");

    public static string MinimalCourse => Path.Combine(TestData, "courses", "minimal");

    /// <summary>A course whose quiz draws from pools, with a required scenario and a knowledge check.</summary>
    public static string DrawnCourse => Path.Combine(TestData, "courses", "drawn");

    /// <summary>The CLI's entry assembly, copied beside the tests by the project reference.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "scormbuilder.dll");

    private static string FindRoot()
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
