using ScormBuilder.Diagnostics;

namespace ScormBuilder.Cli.Preview;

/// <summary>What the preview page is told after every build (as JSON, over /events and /status).</summary>
/// <param name="Session">Changes when scormbuilder restarts.</param>
/// <param name="Build">The latest attempt's number.</param>
/// <param name="Served">The number of the build the server is serving under /course/, or null before the first good one.</param>
/// <param name="Succeeded">Whether the latest attempt built; when not, the page still shows <paramref name="Served"/>.</param>
/// <param name="ElapsedMs">How long the latest attempt took.</param>
/// <param name="Course">The served course, or null before the first good build.</param>
/// <param name="Diagnostics">The latest attempt's diagnostics, sorted.</param>
/// <param name="Target">The platform the test LMS acts as: generic, moodle, learninghub or esr.</param>
/// <param name="Package">The package zip's file name when playing a zip (served as it is, not watched), else null.</param>
internal sealed record PreviewStatus(
    string Session,
    int Build,
    int? Served,
    bool Succeeded,
    long ElapsedMs,
    PreviewStatus.CourseInfo? Course,
    IReadOnlyList<PreviewStatus.DiagnosticInfo> Diagnostics,
    string Target,
    string? Package)
{
    public static PreviewStatus Of(string session, string target, PreviewBuild latest, ServedPackage? served) => new(
        session,
        latest.Number,
        served?.BuildNumber,
        latest.Serve is not null,
        (long)latest.Elapsed.TotalMilliseconds,
        served?.Course,
        [.. latest.Diagnostics.Select(DiagnosticInfo.Of)],
        target,
        served?.Zip);

    /// <summary>
    /// The served course: its id (a package's first item), title, version, pass mark, the file the test LMS opens first,
    /// and the query and fragment it opens that file with (a package's "?lang=en", or "").
    /// </summary>
    internal sealed record CourseInfo(string Id, string Title, string? Version, int? MasteryScore, string Launch, string LaunchQuery);

    internal sealed record DiagnosticInfo(string Severity, string Code, string Location, string Message)
    {
        public static DiagnosticInfo Of(Diagnostic d) => new(d.IsError ? "error" : "warning", d.Code, d.Location.ToString(), d.Message);
    }
}
