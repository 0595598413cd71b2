using System.Text.Json;
using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.HarnessTests;

/// <summary>Drives TestData/fixture-sco and reads what it saw (window.fixtureSco in sco.js).</summary>
internal static class FixtureSco
{
    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    public static async Task<FixtureScoState> ReadStateAsync(IFrame sco) =>
        JsonSerializer.Deserialize<FixtureScoState>(
            await sco.EvaluateAsync<string>("() => JSON.stringify(window.fixtureSco.state, (key, value) => typeof value === 'boolean' ? String(value) : value)"), _jsonOptions)!;

    /// <summary>Finishes as a learner does; slower than <see cref="FinishAsync"/> because of Playwright's click checks.</summary>
    public static Task ClickFinishAsync(IFrame sco) =>
        sco.GetByRole(AriaRole.Button, new FrameGetByRoleOptions { Name = "Finish" }).ClickAsync();

    // Learning Hub answers booleans: the fixture passes on whatever the LMS answered.
    public static Task<string> FinishAsync(IFrame sco) =>
        sco.EvaluateAsync<string>("() => String(window.fixtureSco.finish())");

    public static Task<string> CommitAsync(IFrame sco) =>
        sco.EvaluateAsync<string>("() => String(window.fixtureSco.commit())");
}

internal sealed record FixtureScoState(
    string Source,
    string? Entry,
    string? ResumedLocation,
    string? ResumedSuspendData,
    IReadOnlyList<string> Commits,
    IReadOnlyList<string> Errors);
