using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// lms-session.js, loaded alone with a fake SCORM 1.2 API and fake timers: writes queue and go out together, a
/// failing LMS is retried with a growing delay, a refused element is dropped, and nothing is sent after finish.
/// </summary>
public sealed class LmsSessionTests
{
    private readonly Engine _js = RuntimeModules.Load("lms-session.js");

    public LmsSessionTests() => _js.Execute(FakeLms.Script + """
        var events = [];
        var session = sb.lms.session(api, {
          failed: count => events.push('failed ' + count),
          recovered: () => events.push('recovered'),
          retrying: () => events.push('retrying'),
          saved: () => events.push('saved'),
        });
        session.start();
        """);

    [Fact]
    public void Should_send_queued_writes_in_order_with_one_commit()
    {
        _js.Execute("session.write('a', '1'); session.write('b', '2'); session.write('a', '3'); session.commit();");

        Assert.Equal("set b=2|set a=3|commit", Evaluate("calls.join('|')"));
        Assert.Equal("3|false", Evaluate("session.committed('a') + '|' + session.hasUnsent()"));
    }

    [Fact]
    public void Should_not_send_again_a_value_the_lms_already_holds()
    {
        _js.Execute("stored.x = 'same'; session.read('x'); calls = []; session.write('x', 'same');");

        Assert.Equal("false|", Evaluate("session.hasUnsent() + '|' + calls.join('|')"));
    }

    [Fact]
    public void Should_retry_a_failing_commit_with_a_doubling_delay_until_it_recovers()
    {
        _js.Execute("failNext('LMSCommit', 2, '101'); session.write('a', '1'); session.commit();");
        Assert.Equal("failed 1", Evaluate("events.join('|')"));

        _js.Execute("advance(249);");
        Assert.Equal("failed 1", Evaluate("events.join('|')"));

        _js.Execute("advance(1); advance(499);");
        Assert.Equal("failed 1|retrying|failed 2", Evaluate("events.join('|')"));

        _js.Execute("advance(1);");
        Assert.Equal("failed 1|retrying|failed 2|retrying|recovered|saved", Evaluate("events.join('|')"));
        Assert.Equal("1|false", Evaluate("session.committed('a') + '|' + session.hasUnsent()"));
    }

    [Fact]
    public void Should_keep_a_write_the_lms_failed_and_send_it_on_retry()
    {
        _js.Execute("failNext('LMSSetValue', 1, '101'); session.write('a', '1'); session.commit(); advance(250);");

        Assert.Equal("set a=1|set a=1|commit", Evaluate("calls.join('|')"));
        Assert.Equal("1", Evaluate("session.committed('a')"));
    }

    [Fact]
    public void Should_drop_a_write_the_lms_refuses_for_good_and_commit_the_rest()
    {
        _js.Execute("failNext('LMSSetValue', 1, '405'); session.write('bad', 'x'); session.write('good', 'y'); session.commit();");

        Assert.Equal("set bad=x|set good=y|commit", Evaluate("calls.join('|')"));
        Assert.Equal("undefined|y|saved|0", Evaluate("session.committed('bad') + '|' + session.committed('good') + '|' + events.join('|') + '|' + timers.length"));
    }

    [Fact]
    public void Should_send_nothing_after_finish_not_even_a_pending_retry()
    {
        _js.Execute("failNext('LMSCommit', 1, '101'); session.write('a', '1'); session.commit(); session.finish();");
        var atFinish = Evaluate("calls.join('|')");

        _js.Execute("session.write('b', '2'); session.commit(); session.finish(); advance(60000);");

        Assert.Equal("set a=1|commit|commit|finish", atFinish);
        Assert.Equal(atFinish, Evaluate("calls.join('|')"));
    }

    [Fact]
    public void Should_count_what_the_lms_accepted_as_stored_once_finish_succeeds_after_a_failed_commit()
    {
        _js.Execute("failNext('LMSCommit', 1, '101'); session.write('a', '1'); session.commit();");
        Assert.Equal("undefined", Evaluate("String(session.committed('a'))"));

        _js.Execute("failNext('LMSCommit', 1, '101'); session.finish();");

        Assert.Equal("1", Evaluate("session.committed('a')"));
    }

    [Fact]
    public void Should_cap_the_retry_delay_at_thirty_seconds()
    {
        _js.Execute("failNext('LMSCommit', 20, '101'); session.commit(); for (let i = 0; i < 12; i++) { advance(30000); }");

        Assert.Equal(30000, _js.Evaluate("timers[timers.length - 1].at - timers[timers.length - 2].at").AsNumber());
    }

    private string Evaluate(string expression) => _js.Evaluate(expression).AsString();
}
