using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>What the test LMS hands the SCO at launch: initial CMI, scorm-again settings, injected faults.</summary>
public sealed record LmsLaunch
{
    /// <summary>Loaded with scorm-again's <c>loadFromJSON</c> before the SCO starts (shape of <c>API.cmi</c>).</summary>
    public required JsonObject Cmi { get; init; }

    /// <summary>Merged over <c>{ autocommit: false, logLevel: 5 }</c> for <c>new Scorm12API(settings)</c>.</summary>
    public JsonObject Settings { get; init; } = new();

    public LmsFaults Faults { get; init; } = LmsFaults.None;

    /// <summary>
    /// The interaction fields the LMS supports, as <c>cmi.interactions._children</c> lists them: null for all of
    /// scorm-again's, "" for none. Reads and writes of the others fail with error 401, and writes are violations.
    /// </summary>
    public string? InteractionChildren { get; init; }

    /// <summary>The launch URL relative to the package root, query string allowed.</summary>
    public string ScoPath { get; init; } = "index.html";

    public static LmsLaunch FirstAttempt(string? masteryScore = null)
    {
        var cmi = new JsonObject
        {
            ["core"] = new JsonObject
            {
                ["student_id"] = "learner-1",
                ["student_name"] = "Doe, Jane",
                ["entry"] = "ab-initio",
                ["credit"] = "credit",
                ["lesson_mode"] = "normal",
            },
        };
        if (masteryScore is not null)
        {
            cmi["student_data"] = new JsonObject { ["mastery_score"] = masteryScore };
        }

        return new LmsLaunch { Cmi = cmi };
    }

    /// <summary>
    /// The next launch as an LMS would start it: from what the previous session last committed (data set
    /// after a failed commit is lost), with <c>entry</c> derived from the previous <c>exit</c>.
    /// </summary>
    public static LmsLaunch ResumeAfter(LmsReport previous)
    {
        var stored = previous.CommittedCmi
            ?? throw new InvalidOperationException("The previous session never committed, so there is nothing to resume.");
        var cmi = stored.DeepClone().AsObject();
        var core = cmi["core"]!.AsObject();
        core["entry"] = core["exit"]?.GetValue<string>() == "suspend" ? "resume" : "";
        core.Remove("exit");
        core.Remove("session_time");
        return new LmsLaunch { Cmi = cmi };
    }

    internal string ToQueryValue()
    {
        var launch = new JsonObject
        {
            ["cmi"] = Cmi.DeepClone(),
            ["settings"] = Settings.DeepClone(),
            ["faults"] = Faults.ToJson(),
            ["sco"] = ScoPath,
            ["interactionChildren"] = InteractionChildren,
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(launch.ToJsonString()));
    }
}
