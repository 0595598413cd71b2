using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Everything the test LMS saw in one launch, read from <c>window.__lms</c>.</summary>
public sealed record LmsReport(
    IReadOnlyList<LmsCall> Calls,
    IReadOnlyList<LmsViolation> Violations,
    IReadOnlyList<string> SetupErrors,
    LmsCounts Counts,
    bool Initialized,
    bool Finished,
    JsonObject Cmi,
    JsonObject? CommittedCmi,
    bool CompletionRecorded = false,
    string? CompletionSessionTime = null,
    bool LmsUnloaded = false,
    int CallsAfterLmsUnload = 0)
{
    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The live value of a CMI element, e.g. <c>cmi.core.lesson_status</c>.</summary>
    public string? CmiValue(string element) => CmiPath.Read(Cmi, element);

    /// <summary>The value as of the last successful <c>LMSCommit</c> or <c>LMSFinish</c>: what the LMS stored.</summary>
    public string? CommittedValue(string element) => CommittedCmi is null ? null : CmiPath.Read(CommittedCmi, element);

    public IReadOnlyList<LmsCall> CallsTo(string function) => Calls.Where(call => call.Function == function).ToList();

    public IReadOnlyList<string> ViolatedRules() => Violations.Select(violation => violation.Rule).Distinct().ToList();

    /// <summary>One call per line, for assertion and timeout messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var call in Calls)
        {
            text.AppendLine(call.ToString());
        }

        foreach (var violation in Violations)
        {
            text.AppendLine($"violation {violation.Rule} at call {violation.CallSeq}: {violation.Message}");
        }

        return text.ToString();
    }

    /// <summary>
    /// The report the LMS page sent to the server (<see cref="LmsServer"/>'s store), from its chunks: the calls of
    /// every chunk (arguments clipped to 300 characters), the state of the last.
    /// </summary>
    internal static LmsReport FromStore(string chunksJson)
    {
        var chunks = JsonNode.Parse(chunksJson)!.AsArray().Select(chunk => chunk!.AsObject())
            .OrderBy(chunk => chunk["chunk"]!.GetValue<int>()).ToList();
        var report = chunks[^1]["state"]!.DeepClone().AsObject();
        report["calls"] = new JsonArray([.. chunks.SelectMany(chunk => chunk["calls"]!.AsArray()).Select(call => call!.DeepClone())]);
        return Parse(report.ToJsonString());
    }

    internal static LmsReport Parse(string json) =>
        JsonSerializer.Deserialize<LmsReport>(json, _jsonOptions)
        ?? throw new InvalidOperationException("window.__lms.report() returned null.");
}

/// <summary>One call the SCO made, with the error code <c>LMSGetLastError</c> gave right after it.</summary>
public sealed record LmsCall(
    int Seq,
    [property: JsonPropertyName("fn")] string Function,
    [property: JsonPropertyName("args")] IReadOnlyList<string?> Arguments,
    string? Result,
    string? Error,
    double AtMs,
    string? Injected,
    bool Threw)
{
    public override string ToString()
    {
        var arguments = string.Join(", ", Arguments.Select(argument =>
            argument is null ? "undefined" : $"\"{(argument.Length > 60 ? argument[..60] + "…" : argument)}\""));
        var fault = Injected is null ? "" : $" (injected {Injected})";
        return $"#{Seq} {Function}({arguments}) -> {(Threw ? "threw" : Result)} error {Error}{fault}";
    }
}

/// <summary>A broken SCORM 1.2 rule; <see cref="Rule"/> is one of <see cref="ViolationRules"/>.</summary>
public sealed record LmsViolation(string Rule, string Message, int CallSeq);

public sealed record LmsCounts(
    [property: JsonPropertyName("LMSInitialize")] int Initialize,
    [property: JsonPropertyName("LMSFinish")] int Finish,
    [property: JsonPropertyName("LMSGetValue")] int GetValue,
    [property: JsonPropertyName("LMSSetValue")] int SetValue,
    [property: JsonPropertyName("LMSCommit")] int Commit,
    [property: JsonPropertyName("LMSGetLastError")] int GetLastError,
    [property: JsonPropertyName("LMSGetErrorString")] int GetErrorString,
    [property: JsonPropertyName("LMSGetDiagnostic")] int GetDiagnostic);
