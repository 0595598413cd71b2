using System.Text.Json;
using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Runs axe-core (served by <see cref="LmsServer"/>) over a frame's document.</summary>
public static class AxeCheck
{
    /// <summary>WCAG 2.2 AA, as the Public Sector Bodies Accessibility Regulations require, and everything below it.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private const string RunAxe = """
        async tags => {
          const options = { resultTypes: ['violations'] };
          if (tags) {
            options.runOnly = { type: 'tag', values: tags };
          }
          const results = await axe.run(document, options);
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' '))
          })));
        }
        """;

    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Every rule axe has, best practices included.</summary>
    public static Task<IReadOnlyList<AxeViolation>> RunAsync(IFrame frame) => RunAsync(frame, null);

    /// <summary>Only the rules with these tags, e.g. <see cref="WcagTags"/>.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IFrame frame, IReadOnlyList<string>? tags)
    {
        // The course never unloads its page, so one copy of axe serves every state a test visits.
        if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await frame.AddScriptTagAsync(new FrameAddScriptTagOptions { Url = "/lms/vendor/axe.min.js" });
        }

        var json = await frame.EvaluateAsync<string>(RunAxe, tags);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, _jsonOptions) ?? [];
    }
}

public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact}): {Help} at {string.Join("; ", Targets)}";
}
