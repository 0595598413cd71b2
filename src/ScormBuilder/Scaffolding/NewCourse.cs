namespace ScormBuilder.Cli.Scaffolding;

/// <summary>
/// Writes the sample course into a folder that NewCommand has checked is new or empty, and says what to run next.
/// </summary>
internal sealed class NewCourse(Reporter reporter)
{
    public int Run(string directory)
    {
        IReadOnlyList<string> files;
        try
        {
            files = SampleCourse.WriteTo(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            reporter.Problem($"Cannot write the course into '{directory}': {e.Message.TrimEnd('.')}. Check that you can write to the folder above it.");
            return ExitCodes.UsageError;
        }

        reporter.Note($"Created {directory.Replace('\\', '/').TrimEnd('/')}/ with a sample course of {files.Count} files: course.yaml, pages, sessions, a case study, a transcript, a scenario, a reflection, a quiz, references, and schemas/ for editors.");
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
        reporter.Hint("In VS Code with Red Hat's YAML extension, schemas/ completes and checks the course's YAML files as you type.");
        return ExitCodes.Success;
    }

    private static string Quote(string path) =>
        path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '&' or ';') ? $"\"{path}\"" : path;
}
