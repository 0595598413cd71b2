using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class StrictCheckTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("long-suspend-data", ViolationRules.SuspendDataTooLong)]
    [InlineData("long-location", ViolationRules.LessonLocationTooLong, ViolationRules.SetFailed)]
    [InlineData("read-interaction", ViolationRules.InteractionRead)]
    [InlineData("iso-session-time", ViolationRules.SessionTimeFormat, ViolationRules.SetFailed)]
    [InlineData("minutes-over-59", ViolationRules.SessionTimeFormat)]
    [InlineData("interaction-id-space", ViolationRules.InteractionIdInvalid)]
    [InlineData("choice-response", ViolationRules.StudentResponseFormat)]
    [InlineData("true-false-response", ViolationRules.StudentResponseFormat)]
    [InlineData("set-after-finish", ViolationRules.CallAfterFinish)]
    [InlineData("set-before-initialize", ViolationRules.CallBeforeInitialize, ViolationRules.SetFailed)]
    [InlineData("double-initialize", ViolationRules.MultipleInitialize)]
    [InlineData("double-finish", ViolationRules.MultipleFinish)]
    [InlineData("not-attempted", ViolationRules.LessonStatusNotAttempted, ViolationRules.SetFailed)]
    [InlineData("bad-vocabulary", ViolationRules.SetFailed)]
    public async Task Should_catch_a_sco_that_breaks_a_rule(string flag, params string[] expectedRules)
    {
        var report = await RunFixtureAsync($"index.html?bad={flag}");

        Assert.Equal(expectedRules.Order(), report.ViolatedRules().Order());
        Assert.All(report.Violations, violation => Assert.InRange(violation.CallSeq, 0, report.Calls.Count - 1));
    }

    [Fact]
    public async Task Should_record_each_violation_of_a_sco_that_breaks_many_rules()
    {
        var report = await RunFixtureAsync("index.html?bad=long-suspend-data,read-interaction,set-after-finish,iso-session-time");

        Assert.Contains(report.Violations, v => v.Rule == ViolationRules.SuspendDataTooLong && v.Message.Contains("5000 chars"));
        Assert.Contains(report.Violations, v => v.Rule == ViolationRules.InteractionRead && v.Message.Contains("cmi.interactions.0.id"));
        Assert.Contains(report.Violations, v => v.Rule == ViolationRules.CallAfterFinish);
        Assert.Contains(report.Violations, v => v.Rule == ViolationRules.SessionTimeFormat && v.Message.Contains("PT1H"));
        var afterFinish = report.Calls[Assert.Single(report.Violations, v => v.Rule == ViolationRules.CallAfterFinish).CallSeq];
        Assert.Equal(["cmi.core.lesson_status", "passed"], afterFinish.Arguments);
        // scorm-again itself answers "true" after LMSFinish: only the harness notices.
        Assert.Equal("true", afterFinish.Result);
    }

    [Theory]
    [InlineData("", "", "401", "cmi.interactions.0.id")]
    [InlineData("id,type,result", "id,type,result", "0", "cmi.interactions.0.latency")]
    public async Task Should_play_an_lms_with_fewer_interaction_fields_and_catch_writes_to_the_others(
        string children, string childrenRead, string childrenError, string unsupportedElement)
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt() with { InteractionChildren = children });

        var read = await session.Sco.EvaluateAsync<string[]>(
            "() => [parent.API.LMSGetValue('cmi.interactions._children'), parent.API.LMSGetLastError()]");
        var written = await session.Sco.EvaluateAsync<string[]>(
            "element => [parent.API.LMSSetValue(element, '1'), parent.API.LMSGetLastError()]", unsupportedElement);
        var report = await session.ReadReportAsync();

        Assert.Equal([childrenRead, childrenError], read);
        Assert.Equal(["false", "401"], written);
        var violation = Assert.Single(report.Violations);
        Assert.Equal(ViolationRules.UnsupportedElement, violation.Rule);
        Assert.Contains(unsupportedElement, violation.Message, StringComparison.Ordinal);
    }

    private async Task<LmsReport> RunFixtureAsync(string scoPath)
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt() with { ScoPath = scoPath });
        await FixtureSco.FinishAsync(session.Sco);
        Assert.Empty(session.ScriptErrors);
        return await session.ReadReportAsync();
    }
}
