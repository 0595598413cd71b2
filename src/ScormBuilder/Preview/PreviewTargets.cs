namespace ScormBuilder.Cli.Preview;

/// <summary>
/// The platforms the test LMS can act as ('preview --target'): their known runtime differences are modelled in
/// Assets/preview-targets.js, which the page picks by this name from the status.
/// </summary>
internal static class PreviewTargets
{
    public const string Generic = "generic";

    public static readonly string[] Names = [Generic, "moodle", "learninghub", "esr"];

    /// <summary>The console's line for a platform other than generic, else null.</summary>
    public static string? Describe(string target) => target == Generic ? null
        : $"The test LMS acts as '{target}' where that platform's runtime is known to differ; the call log notes each difference.";
}
