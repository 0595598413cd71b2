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

    [GeneratedRegex(@"^cmi\.interactions\.\d+\.")]
    private static partial Regex InteractionElement();
}
