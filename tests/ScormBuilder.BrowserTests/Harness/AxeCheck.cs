using System.Text.Json;
using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Runs axe-core (served by <see cref="LmsServer"/>) over a frame's document.</summary>
public static class AxeCheck
{
    private const string RunAxe = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' '))
          })));
        }
        """;

    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IFrame frame)
    {
        await frame.AddScriptTagAsync(new FrameAddScriptTagOptions { Url = "/lms/vendor/axe.min.js" });
        var json = await frame.EvaluateAsync<string>(RunAxe);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, _jsonOptions) ?? [];
    }
}

public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets);
