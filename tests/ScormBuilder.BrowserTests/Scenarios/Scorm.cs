using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Launches as an LMS does, leaving as a learner does, and the rules every scenario must keep.</summary>
internal static partial class Scorm
{
    public const int SuspendDataLimit = 4096;
    public const int LessonLocationLimit = 255;

    /// <summary>A first launch. scorm-again must not override the SCO's status from the score, so what the SCO reports is what is tested.</summary>
    public static LmsLaunch FirstAttempt(Course course) =>
        LmsLaunch.FirstAttempt(course.MasteryScore?.ToString(CultureInfo.InvariantCulture)) with { Settings = StatusStands() };

    public static LmsLaunch ResumeAfter(LmsReport previous) => LmsLaunch.ResumeAfter(previous) with { Settings = StatusStands() };

    /// <summary>A first launch by NHS Learning Hub, which never overrides the SCO's status either.</summary>
    public static LmsLaunch LearningHubFirstAttempt(Course course) => FirstAttempt(course) with { LearningHub = true };

    /// <summary>The next Learning Hub launch: a fresh attempt unless the last status was exactly incomplete.</summary>
    public static LmsLaunch LearningHubNextAfter(LmsReport previous, string? totalTimeAsSent) =>
        LmsLaunch.LearningHubNextAfter(previous, totalTimeAsSent) with { Settings = StatusStands() };

    /// <summary>No script error, no CSP violation and no dialog but the <paramref name="expectedDialogs"/> anywhere in the profile.</summary>
    public static void AssertNothingWentWrong(IReadOnlyList<string> scriptErrors, IReadOnlyList<string> cspViolations, IReadOnlyList<string> dialogs, params string[] expectedDialogs)
    {
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
        Assert.True(cspViolations.Count == 0, string.Join("\n", cspViolations));
        Assert.Equal(expectedDialogs, dialogs);
    }

    public static void AssertNothingWentWrong(LmsSession session, params string[] expectedDialogs) =>
        AssertNothingWentWrong(session.ScriptErrors, session.CspViolations, session.Dialogs, expectedDialogs);

    /// <summary>A SCORM timespan in seconds; null when it is not one.</summary>
    public static double? Seconds(string? timespan)
    {
        var match = Timespan().Match(timespan ?? "");
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 3600) + (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) * 60) + double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The learner leaves: the LMS blanks the frame, or the learner closes the course window.</summary>
    public static async Task<LmsReport> LeaveAsync(LmsSession session)
    {
        if (ReferenceEquals(session.ScoPage, session.LmsPage))
        {
            await session.LmsPage.EvaluateAsync("() => { document.getElementById('sco').src = 'about:blank'; }");
        }
        else
        {
            await session.ScoPage.CloseAsync(new() { RunBeforeUnload = true });
        }

        await session.WaitForCallsAsync("LMSFinish");
        return await session.ReadReportAsync();
    }

    /// <summary>The rules of every scenario: SCORM 1.2's, and the ones scorm-again does not enforce.</summary>
    public static void AssertRulesHeld(LmsReport report, IReadOnlyList<string> scriptErrors, bool finished = true)
    {
        Assert.Empty(scriptErrors);
        Assert.Empty(report.SetupErrors);
        Assert.True(report.Violations.Count == 0, "The SCO broke SCORM rules:\n" + report.Describe());
        Assert.Equal(1, report.Counts.Initialize);
        Assert.Equal(finished ? 1 : 0, report.Counts.Finish);

        foreach (var call in report.CallsTo("LMSSetValue").Where(call => call.Injected is null))
        {
            Assert.True(call.Result == "true" && call.Error == "0", $"{call} did not succeed with error 0.");
            var (element, value) = (call.Arguments[0], call.Arguments[1] ?? "");
            if (element == "cmi.suspend_data")
            {
                Assert.True(value.Length <= SuspendDataLimit, $"suspend_data is {value.Length} characters.");
            }
            else if (element == "cmi.core.lesson_location")
            {
                Assert.True(value.Length <= LessonLocationLimit, $"lesson_location is {value.Length} characters.");
            }
        }

        Assert.DoesNotContain(report.CallsTo("LMSGetValue"), call => InteractionElement().IsMatch(call.Arguments[0] ?? ""));
        if (report.CallsTo("LMSFinish") is [var finish])
        {
            Assert.True(report.Calls[^1].Seq == finish.Seq, "The SCO called the API after LMSFinish:\n" + report.Describe());
        }
    }

    /// <summary>Every suspend_data the SCO sent, the longest first.</summary>
    public static int LongestSuspendData(LmsReport report) =>
        report.CallsTo("LMSSetValue").Where(call => call.Arguments[0] == "cmi.suspend_data").Select(call => call.Arguments[1]?.Length ?? 0).DefaultIfEmpty().Max();

    public static IReadOnlyList<string?> StatusesSet(LmsReport report) =>
        report.CallsTo("LMSSetValue").Where(call => call.Arguments[0] == "cmi.core.lesson_status").Select(call => call.Arguments[1]).ToList();

    /// <summary>The value the SCO last sent for an element, as it sent it.</summary>
    public static string? LastSet(LmsReport report, string element) =>
        report.CallsTo("LMSSetValue").LastOrDefault(call => call.Arguments[0] == element)?.Arguments[1];

    public static int IndexOfSet(LmsReport report, string element, string value) =>
        report.Calls.ToList().FindIndex(call => call.Function == "LMSSetValue" && call.Arguments[0] == element && call.Arguments[1] == value);

    private static JsonObject StatusStands() => new() { ["mastery_override"] = false };

    [GeneratedRegex(@"^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$")]
    private static partial Regex Timespan();

    [GeneratedRegex(@"^cmi\.interactions\.\d+\.")]
    private static partial Regex InteractionElement();
}
