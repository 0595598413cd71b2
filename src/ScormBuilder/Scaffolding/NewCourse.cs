namespace ScormBuilder.Cli.Scaffolding;

/// <summary>'scormbuilder new DIR': writes the sample course into a new or empty folder, never over anything.</summary>
internal sealed class NewCourse(Reporter reporter)
{
    public int Run(string directory)
    {
        if (File.Exists(directory))
        {
            reporter.Problem($"'{directory}' is a file. Give 'new' the name of a folder to create, e.g. 'scormbuilder new my-course'.");
            return CommandLine.UsageError;
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            reporter.Problem($"'{directory}' is not empty, and 'new' never writes over existing files. " +
                "Name a new folder (e.g. 'scormbuilder new my-course'), or empty this one first.");
            return CommandLine.UsageError;
        }

        IReadOnlyList<string> files;
        try
        {
            files = SampleCourse.WriteTo(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Problem($"Cannot write the course into '{directory}': {e.Message.TrimEnd('.')}. Check that you can write to the folder above it.");
            return CommandLine.UsageError;
        }

        reporter.Note($"Created {directory.Replace('\\', '/').TrimEnd('/')}/ with a sample course of {files.Count} files: course.yaml, pages, sessions, a case study, a transcript, a reflection and a quiz.");
        reporter.Note("Next:");
        string[][] steps =
        [
            ["preview", "see it in your browser beside a test LMS; every save reloads it"],
            ["check", "report every problem, writing nothing"],
            ["build", "write the SCORM 1.2 zip into dist/, ready for your LMS"],
        ];
        var commands = steps.Select(step => $"scormbuilder {step[0]} {Quote(directory)}").ToList();
        var width = commands.Max(c => c.Length);
        for (var i = 0; i < steps.Length; i++)
        {
            reporter.Note($"  {commands[i].PadRight(width)}   {steps[i][1]}");
        }

        reporter.Hint("The sample explains the format as you read it: start with pages/welcome.md.");
        return CommandLine.Success;
    }

    private static string Quote(string path) =>
        path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '&' or ';') ? $"\"{path}\"" : path;
}
