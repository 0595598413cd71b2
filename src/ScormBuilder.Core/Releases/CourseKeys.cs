using System.Text.Json;

namespace ScormBuilder.Releases;

/// <summary>
/// What the course data the runtime reads says decides a learner's result: each question's and check's key and
/// option ids, each scenario node's choices and ending, and the reflection's prompts. A package from an older
/// ScormBuilder may lack any of these; what is missing reads as empty.
/// </summary>
internal sealed class CourseKeys
{
    private readonly Dictionary<string, (string Key, string Options)> _questions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string Options)> _checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContentBlock>> _prompts = new(StringComparer.Ordinal);

    public CourseKeys(JsonElement course)
    {
        if (Object(course, "quiz") is { } quiz)
        {
            ReadQuestions(Array(quiz, "questions"), _questions);
        }

        ReadQuestions(Array(course, "checks"), _checks);
        foreach (var scenario in Array(course, "scenarios"))
        {
            foreach (var node in Array(scenario, "nodes"))
            {
                var choices = string.Join(", ", Items(node, "choices").Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : ""));
                var ending = ContentExtractor.Text(node, "ending");
                _nodes[$"{ContentExtractor.Text(scenario, "id")}/{ContentExtractor.Text(node, "id")}"] =
                    ending is null ? $"choices: {choices}" : $"ending: {ending}";
            }
        }

        if (Object(course, "reflection") is { } reflection && ContentExtractor.Text(reflection, "id") is { } part)
        {
            _prompts[part] = [.. Array(reflection, "prompts")
                .Select(p => new ContentBlock(BlockKind.Prompt, ContentExtractor.Text(p, "id") ?? "", ContentExtractor.Collapse(ContentExtractor.Text(p, "text") ?? ""), null))];
        }
    }

    public (string? Key, string Options) QuestionKey(string id, bool isCheck) =>
        (isCheck ? _checks : _questions).TryGetValue(id, out var found) ? found : (null, "");

    public string? NodeKey(string scenario, string node) => _nodes.GetValueOrDefault($"{scenario}/{node}");

    public IReadOnlyList<ContentBlock> PromptsOf(string part) => _prompts.TryGetValue(part, out var prompts) ? prompts : [];

    private static void ReadQuestions(IEnumerable<JsonElement> questions, Dictionary<string, (string Key, string Options)> into)
    {
        foreach (var question in questions)
        {
            if (ContentExtractor.Text(question, "id") is { } id)
            {
                into[id] = (ContentExtractor.Text(question, "correct") ?? "", ContentExtractor.Text(question, "options") ?? "");
            }
        }
    }

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) => Items(element, name).Where(e => e.ValueKind == JsonValueKind.Object);

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];
}
