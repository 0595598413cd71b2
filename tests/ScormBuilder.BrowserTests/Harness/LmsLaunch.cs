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

    /// <summary>Names this launch in the LMS's store on the server (see <see cref="LmsServer.Stored"/>).</summary>
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Behaves as NHS Learning Hub: booleans from <c>LMSSetValue</c>/<c>LMSCommit</c>, a numeric
    /// <c>LMSGetLastError</c>, <c>cmi.comments</c> and out-of-order interactions throw, <c>_children</c> lists
    /// <c>latancy</c>, a commit after finish calls <c>alert()</c>, completion recorded only with session_time &gt; 0.
    /// </summary>
    public bool LearningHub { get; init; }

    /// <summary><c>cmi.core.total_time</c> as the LMS hands it back, e.g. "0:00:00", "60" or "NaN:aN:aN"; null: scorm-again's.</summary>
    public string? TotalTimeAsSent { get; init; }

    /// <summary><c>LMSGetValue("cmi.core.student_id")</c> answers JavaScript null.</summary>
    public bool StudentIdNull { get; init; }

    /// <summary>
    /// Frame launches: the LMS adds a <c>beforeunload</c> handler that cancels, in the course's window after the
    /// course's own handlers, so leaving asks the learner first (and a dismissed dialog keeps the page).
    /// </summary>
    public bool CancelBeforeUnload { get; init; }

    /// <summary>A first launch by NHS Learning Hub (see <see cref="LearningHub"/>).</summary>
    public static LmsLaunch LearningHubFirstAttempt() => FirstAttempt() with { LearningHub = true };

    /// <summary>A first launch whose learner has this id; null: the LMS answers JavaScript null.</summary>
    public static LmsLaunch WithStudentId(string? studentId)
    {
        var launch = FirstAttempt();
        launch.Cmi["core"]!["student_id"] = studentId ?? "";
        return launch with { StudentIdNull = studentId is null };
    }

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

    /// <summary>
    /// The next launch as Learning Hub starts it: it resumes only after a status of exactly <c>incomplete</c>;
    /// after any other status a fresh attempt (<c>not attempted</c>, <c>ab-initio</c>, no suspend data or
    /// location), with only the learner and the total time carried over.
    /// </summary>
    public static LmsLaunch LearningHubNextAfter(LmsReport previous, string? totalTimeAsSent = null)
    {
        var stored = previous.CommittedCmi
            ?? throw new InvalidOperationException("The previous session never committed, so there is nothing to resume.");
        if (CmiPath.Read(stored, "cmi.core.lesson_status") == "incomplete")
        {
            return ResumeAfter(previous) with { LearningHub = true, TotalTimeAsSent = totalTimeAsSent };
        }

        var fresh = FirstAttempt();
        var core = fresh.Cmi["core"]!.AsObject();
        foreach (var name in new[] { "student_id", "student_name", "total_time" })
        {
            if (CmiPath.Read(stored, "cmi.core." + name) is { } value)
            {
                core[name] = value;
            }
        }

        if (stored["student_data"] is JsonObject studentData)
        {
            fresh.Cmi["student_data"] = studentData.DeepClone();
        }

        return fresh with { LearningHub = true, TotalTimeAsSent = totalTimeAsSent };
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
            ["id"] = Id,
            ["learningHub"] = LearningHub,
            ["totalTimeAsSent"] = TotalTimeAsSent,
            ["studentIdNull"] = StudentIdNull,
            ["cancelBeforeUnload"] = CancelBeforeUnload,
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(launch.ToJsonString()));
    }
}
