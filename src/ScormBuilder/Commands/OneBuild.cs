namespace ScormBuilder.Cli.Commands;

/// <summary>'build' without --watch, and 'check': compiles the course once and reports it.</summary>
internal static class OneBuild
{
    /// <summary>Loads, validates, renders and (with an output folder) writes the course, and returns the exit code.</summary>
    public static int Run(BuildOptions options, Reporter reporter)
    {
        BuildResult result;
        using (reporter.Progress(options.OutputDirectory is null ? $"Checking {options.CourseDirectory}" : $"Building {options.CourseDirectory}"))
        {
            result = new CourseCompiler().Run(options);
        }

        return reporter.Report(result);
    }
}
