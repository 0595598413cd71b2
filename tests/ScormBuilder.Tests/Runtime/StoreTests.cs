using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// store.js with the real tracking, launch and local copy, a fake SCORM 1.2 API and fake timers: every update
/// refreshes this browser's copy and the progress bar and tells the LMS nothing; a save point sends the state in
/// one commit; completion is announced once; a slice the state does not have is refused.
/// </summary>
public sealed class StoreTests
{
    private const string CopyKey = "scormbuilder2:c.1:id-u1";

    private readonly Engine _js = RuntimeModules.Load(
        "words.js", "time.js", "course.js", "saved-state.js", "learner.js", "learner-name.js", "device-copy.js", "local-copy.js",
        "lms-session.js", "completion.js", "interactions.js", "tracking.js", "launch.js", "store.js", "reflection.js");

    public StoreTests() => _js.Execute(FakeLms.Script + """
        function storage() {
          const items = {};
          return { items, get length() { return Object.keys(items).length; },
            key(i) { const keys = Object.keys(items); return i < keys.length ? keys[i] : null; },
            getItem(k) { return k in items ? items[k] : null; }, setItem(k, v) { items[k] = String(v); }, removeItem(k) { delete items[k]; } };
        }
        Object.assign(stored, { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.student_id': 'u1', 'cmi.core.student_name': 'Doe, Jane',
          'cmi.interactions._children': 'id,type', 'cmi.interactions._count': '0' });
        var win = { API: api, opener: null, parent: null, localStorage: storage(), sessionStorage: storage() };
        win.top = win;
        var said = [], renders = 0, done = 0;
        const page = { announce: text => said.push(text), showNotice: text => said.push(text), warn() {}, clearWarning: () => false };
        const progress = { render: () => { renders++; } };
        const say = sb.words(sb.wordTable);
        const time = sb.time;
        const course = sb.course({ id: 'c', storageKey: 'c.1', parts: [
          { id: 'welcome', kind: 'page', required: true }, { id: 'reflect', kind: 'reflection', required: true }],
          reflection: { id: 'reflect', prompts: [{ id: 'p1', maxLength: 100 }], actions: 0, actionMaxLength: 100 } });
        const savedState = sb.savedState(sb.savedStateFormat);
        const state = savedState.blank(course);
        const completion = sb.completion({ course, state });
        const name = sb.learnerName();
        const localCopy = sb.localCopy({ win, course, state, savedState, completion, name, deviceCopy: sb.deviceCopy });
        const tracking = sb.tracking({ win, course, state, savedState, lms: sb.lms, time, page, say, completion, localCopy });
        sb.launch({ course, state, savedState, time, page, say, learner: sb.learner, completion, tracking, localCopy, name }).start();
        var store = sb.store({ state, completion, tracking, progress, page, say, time });
        store.whenDone(() => { done++; });
        const write = text => texts => texts.set('p1', text);
        calls = [];
        """);

    [Fact]
    public void Should_refresh_the_copy_and_the_progress_bar_on_every_update_and_tell_the_lms_nothing()
    {
        _js.Execute("store.update('texts', write('hello')); store.update('texts', write('hello, again'));");

        Assert.Equal("|2", Evaluate("calls.join('|') + '|' + renders"));
        Assert.Equal("sb1;r:p1=12:hello, again", Evaluate($"JSON.parse(win.localStorage.getItem('{CopyKey}')).data"));
    }

    [Fact]
    public void Should_send_the_state_in_one_commit_at_a_save_point_and_then_let_the_copy_go()
    {
        _js.Execute("store.update('texts', write('hello'), { save: true });");

        var calls = Evaluate("calls.join('|')").Split('|');
        Assert.Contains("set cmi.suspend_data=sb1;r:p1=5:hello", calls);
        Assert.Equal("commit", Assert.Single(calls, c => c == "commit"));
        // The LMS holds all of it: this browser's copy is not needed.
        Assert.Equal("null|1", Evaluate($"win.localStorage.getItem('{CopyKey}') + '|' + renders"));
    }

    [Fact]
    public void Should_announce_completion_once_and_stamp_its_date()
    {
        _js.Execute("store.update('visited', v => v.add('welcome')); store.update('visited', v => v.add('reflect'), { save: true }); store.save();");

        Assert.Equal(["You have completed this course. Your progress is saved."], _js.Evaluate("said").AsArray().Select(v => v.AsString()));
        Assert.Equal("1|completed", Evaluate("done + '|' + stored['cmi.core.lesson_status']"));
        Assert.Matches("^20[0-9]{6}$", Evaluate("store.state.completed"));
    }

    [Fact]
    public void Should_retry_a_failed_save_point_with_the_latest_state()
    {
        _js.Execute("failNext('LMSCommit', 1, '101'); store.update('texts', write('first'), { save: true }); store.update('texts', write('latest'));");
        var beforeRetry = Evaluate("calls.filter(c => c.startsWith('set cmi.suspend_data')).join('|')");

        _js.Execute("advance(250);");

        Assert.Equal("set cmi.suspend_data=sb1;r:p1=5:first", beforeRetry);
        Assert.Equal("sb1;r:p1=6:latest", Evaluate("stored['cmi.suspend_data']"));
        Assert.Equal(2, _js.Evaluate("calls.filter(c => c === 'commit').length").AsNumber());
    }

    [Theory]
    [InlineData("store.update('toys', t => t)", "no slice \"toys\"")]
    [InlineData("store.update('texts', t => { t.set('p1', 'x'); })", "return the slice's new value")]
    public void Should_refuse_an_update_that_names_no_slice_or_gives_none(string update, string message)
    {
        var error = Assert.Throws<Jint.Runtime.JavaScriptException>(() => _js.Execute(update));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("", Evaluate("calls.join('|')"));
    }

    private string Evaluate(string expression) => _js.Evaluate(expression).AsString();
}
