using Jint;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// The whole runtime, as the package carries it, started on a stub page with and without a stub LMS: where the
/// learner's copy goes for each identity, and what the LMS is asked.
/// </summary>
public sealed class LearnerCopyPageTests
{
    private const string Lms = """
        var calls = [];
        var lmsData = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.total_time': '0:00:00', 'cmi.suspend_data': '',
          'cmi.core.lesson_location': '', 'cmi.core.student_name': 'Doe, Jane', 'cmi.interactions._children': 'id,type,latancy',
          'cmi.interactions._count': '0' };
        window.API = {
          LMSInitialize: () => { calls.push('LMSInitialize'); return initialise; },
          LMSFinish: () => { calls.push('LMSFinish'); return 'true'; },
          LMSGetValue: element => {
            calls.push('get ' + element);
            if (element === 'cmi.comments') { throw new TypeError('comments is null'); }
            return element === 'cmi.core.student_id' ? studentId : element in lmsData ? lmsData[element] : '';
          },
          LMSSetValue: (element, value) => { calls.push('set ' + element); lmsData[element] = value; return true; },
          LMSCommit: () => { calls.push('LMSCommit'); return true; },
          LMSGetLastError: () => 0, LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
        };
        """;

    [Theory]
    [InlineData("none", "", "anonymous")]
    [InlineData("refused", "'u1'", "anonymous")]
    [InlineData("lms", "null", "anonymous")]
    [InlineData("lms", "'null'", "anonymous")]
    [InlineData("lms", "undefined", "anonymous")]
    [InlineData("lms", "''", "anonymous")]
    [InlineData("lms", "'u1'", "id-u1")]
    public void Should_keep_a_copy_in_local_storage_only_for_an_identified_learner_or_by_choice(string lms, string studentId, string who)
    {
        var page = Start(lms, studentId);

        const string Writes = "JSON.stringify([[...new Set(window.localStorage.writes)], [...new Set(window.sessionStorage.writes)], Object.keys(window.sessionStorage.items)])";
        page.Execute("elements['sb-next'].fire('click');");
        var launch = page.Evaluate(Writes).AsString();
        page.Execute("elements['sb-keep-progress'].checked = true; elements['sb-keep-progress'].fire('change'); elements['sb-next'].fire('click');");
        var ticked = page.Evaluate(Writes).AsString();

        var key = "scormbuilder2:" + StorageKey(page) + ":" + who;
        // With an LMS, the copy is deleted again once the LMS holds all of it: what was written is what counts.
        var left = lms == "lms" ? "" : $"\"{key}\"";
        if (who == "anonymous")
        {
            Assert.Equal($$"""[[],["{{key}}"],[{{left}}]]""", launch);
            Assert.Equal($$"""[["{{key}}"],["{{key}}"],[]]""", ticked);
            Assert.False(page.Evaluate("elements['sb-keep'].hidden").AsBoolean());
        }
        else
        {
            Assert.Equal($$"""[["{{key}}"],[],[]]""", launch);
            Assert.Equal(launch, ticked);
            Assert.True(page.Evaluate("elements['sb-keep'].hidden").AsBoolean());
        }
    }

    [Fact]
    public void Should_never_read_the_comments_and_never_call_the_LMS_after_finishing()
    {
        var page = Start("lms", "'u1'");

        page.Execute("elements['sb-next'].fire('click'); elements['sb-next'].fire('click');");
        page.Execute("window.listeners.beforeunload.forEach(f => f({})); window.listeners.pagehide.forEach(f => f({}));");
        page.Execute("elements['sb-next'].fire('click'); document.listeners.visibilitychange.forEach(f => f({}));");

        var calls = page.Evaluate("calls.join('\\n')").AsString().Split('\n');
        Assert.DoesNotContain("get cmi.comments", calls);
        Assert.Equal(["LMSInitialize", "LMSFinish"], calls.Where(c => c.StartsWith("LMSI", StringComparison.Ordinal) || c == "LMSFinish"));
        Assert.Equal("LMSFinish", calls[^1]);
        Assert.Contains("set cmi.core.session_time", calls);
    }

    private static Engine Start(string lms, string studentId)
    {
        var engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromSeconds(10)));
        engine.SetValue("courseJson", RuntimeModules.CourseJson(RepoPaths.MinimalCourse));
        engine.Execute(RuntimeModules.StubPage);
        // Listeners on window and document, so that a test can fire them.
        engine.Execute("""
            const listening = target => {
              target.listeners = {};
              target.addEventListener = (type, listener) => { (target.listeners[type] = target.listeners[type] || []).push(listener); };
            };
            listening(window);
            listening(document);
            document.visibilityState = 'hidden';
            document.getElementById('sb-keep').hidden = true;
            """);
        if (lms != "none")
        {
            engine.Execute("var studentId = " + (studentId.Length == 0 ? "''" : studentId) + "; var initialise = " + (lms == "lms" ? "true" : "false") + ";");
            engine.Execute(Lms);
        }

        var diagnostics = new DiagnosticBag();
        var script = RuntimeScript.Join(RepoPaths.Templates, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        engine.Execute(System.Text.Encoding.UTF8.GetString(script!.Content!), "assets/runtime.js");
        return engine;
    }

    private static string StorageKey(Engine page) => page.Evaluate("JSON.parse(courseJson).storageKey").AsString();
}
