using System.Text.Json;
using Jint;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// cmi.suspend_data read back by the tests with the runtime's own decoder (templates/runtime/saved-state.js,
/// run through Jint), so the tests hold no second copy of the format to drift from it.
/// </summary>
internal sealed record SavedProgress(
    IReadOnlyList<string> Visited,
    SavedQuiz? Quiz,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<int, (string Date, string Text)> Plan,
    string? Completed)
{
    private static readonly string s_runtime = Path.Combine(CoursePackages.RepositoryRoot, "templates", "runtime");

    public static SavedProgress Parse(string? data)
    {
        Assert.NotNull(data);
        Assert.StartsWith("sb1", data, StringComparison.Ordinal);
        var engine = new Engine(options => options.Strict());
        engine.SetValue("formatJson", File.ReadAllText(Path.Combine(s_runtime, "saved-state.json")));
        engine.SetValue("data", data);
        engine.Execute("var sb = {};");
        // In the order the build joins them: saved-state.js checks dates with time.js.
        engine.Execute(File.ReadAllText(Path.Combine(s_runtime, "time.js")), "time.js");
        engine.Execute(File.ReadAllText(Path.Combine(s_runtime, "saved-state.js")), "saved-state.js");
        var decoded = engine.Evaluate("JSON.stringify(sb.savedState(JSON.parse(formatJson)).decode(data))").ToString();

        using var json = JsonDocument.Parse(decoded);
        var saved = json.RootElement;
        IEnumerable<JsonElement> Items(string tag) => saved.GetProperty(tag).EnumerateArray();
        string Text(JsonElement item, string name) => item.GetProperty(name).GetString()!;
        var quiz = Items("q").Select(q => new SavedQuiz(Text(q, "quiz"), q.GetProperty("attempts").GetInt32(), Text(q, "result")[0], q.GetProperty("score").GetInt32())).LastOrDefault();
        var plan = new Dictionary<int, (string, string)>();
        foreach (var action in Items("p"))
        {
            plan[action.GetProperty("action").GetInt32()] = (Text(action, "due"), Text(action, "text"));
        }

        return new SavedProgress(
            [.. Items("v").Select(v => Text(v, "part"))],
            quiz,
            Items("a").ToDictionary(a => Text(a, "question"), a => Text(a, "ticked"), StringComparer.Ordinal),
            Items("r").ToDictionary(r => Text(r, "prompt"), r => Text(r, "answer"), StringComparer.Ordinal),
            plan,
            Items("d").Select(d => Text(d, "completed")).LastOrDefault());
    }
}

internal sealed record SavedQuiz(string Id, int Attempts, char Result, int Score);
