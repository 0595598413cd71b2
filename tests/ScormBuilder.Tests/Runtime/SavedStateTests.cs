using Jint;
using Jint.Native;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// templates/runtime/saved-state.js, the one encoder and decoder of cmi.suspend_data, run as it ships (through
/// Jint) on the minimal course: the format stays exactly sb1, free text survives anything, and damaged,
/// foreign or out-of-date data never stops a course.
/// </summary>
public sealed class SavedStateTests
{
    private const string Everything = """
        const state = store.blank(course);
        ['welcome', 's-intro', 'quiz'].forEach(id => state.visited.add(id));
        state.quiz = { attempts: 2, result: 'f', score: 33 };
        state.answers.set('q-multi', 'ac');
        state.answers.set('q-tf', 't');
        state.texts.set('r-audience', text);
        state.plan[1] = { text: text, date: '20260131' };
        state.completed = '20260201';
        """;

    private readonly Engine _js = RuntimeModules.SavedState(RepoPaths.MinimalCourse);

    [Fact]
    public void Should_write_the_documented_sb1_format_exactly()
    {
        _js.SetValue("text", "Friends; me");

        var encoded = Evaluate("(() => {" + Everything + "return store.encode(state, course); })()");

        Assert.Equal("sb1;v:welcome,s-intro,quiz;q:quiz=2.f33;a:q-tf=t,q-multi=ac;r:r-audience=11:Friends; me;p:1=20260131/11:Friends; me;d:20260201", encoded);
    }

    [Theory]
    [InlineData(";,=:/.")]
    [InlineData("line one\nline two\r\nthree\r")]
    [InlineData("smile \U0001F600 and \U0001F9D1\u200D\u2695\uFE0F end")]
    [InlineData("4:abcd;r:r-change=3:abc,5=20260101/2:xy")]
    [InlineData("sb1;v:welcome")]
    public void Should_give_back_any_free_text_as_it_was_written(string text)
    {
        _js.SetValue("text", text);

        var restored = Evaluate("(() => {" + Everything + """
            const again = store.blank(course);
            store.restore(again, store.decode(store.encode(state, course)), course);
            const same = store.encode(again, course) === store.encode(state, course);
            return [same, again.texts.get('r-audience'), again.plan[1].text, again.plan[1].date].join('|');
            })()
            """);

        Assert.Equal(string.Join('|', "true", text, text, "20260131"), restored);
    }

    [Theory]
    [InlineData("sb1;v:welcome,s-intro;q:quiz=x1.p50", "welcome,s-intro|0")]
    [InlineData("sb1;v:welcome,s-intro;r:r-audience=50:too short", "welcome,s-intro|0")]
    [InlineData("sb1;v:welcome;z:what;v:s-intro", "welcome|0")]
    [InlineData("sb1;v:welcome;q:quiz=1234567.p50", "welcome|0")]
    [InlineData("sb1;v:welcome,s-intro;q:quiz=3.f40;a:q-tf", "welcome,s-intro|3")]
    public void Should_read_damaged_data_up_to_the_damage(string data, string expected)
    {
        _js.SetValue("data", data);

        var kept = Evaluate("""
            (() => {
              const state = store.blank(course);
              store.restore(state, store.decode(data), course);
              return [...state.visited].join(',') + '|' + state.quiz.attempts;
            })()
            """);

        Assert.Equal(expected, kept);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sb2;v:welcome")]
    [InlineData("sb1v:welcome")]
    [InlineData("{\"location\":\"welcome\"}")]
    [InlineData("null")]
    public void Should_ignore_foreign_data_and_other_versions(string data)
    {
        if (data == "null")
        {
            _js.SetValue("data", JsValue.Null);
        }
        else
        {
            _js.SetValue("data", data);
        }

        var result = Evaluate("(() => { const state = store.blank(course); return store.decode(data) + '|' + store.restore(state, store.decode(data), course) + '|' + state.visited.size; })()");

        Assert.Equal("null|false|0", result);
    }

    [Fact]
    public void Should_keep_only_what_a_rebuilt_course_still_has()
    {
        // Given progress saved by an older build with parts, questions, options, prompts and actions since removed
        _js.SetValue("data", "sb1;v:welcome,gone,s-intro;q:old-quiz=2.p90;a:q-gone=ab,q-single=ab,q-multi=cxa,q-tf=z;" +
            "r:r-gone=3:abc,r-audience=5:hello;p:0=20260101/2:ok,7=20260101/4:lost;d:2026");

        // When this build reads it
        var kept = Evaluate("""
            (() => {
              const state = store.blank(course);
              const found = store.restore(state, store.decode(data), course);
              return [found, [...state.visited].join(','), state.quiz.attempts, [...state.answers].join(';'),
                [...state.texts].join(';'), state.plan.map(a => a.text + '@' + a.date).join(';'), state.completed].join('|');
            })()
            """);

        // Then ids it knows are kept, with options in the question's order, and the rest is dropped
        Assert.Equal("true|welcome,s-intro|0|q-single,a;q-multi,ac|r-audience,hello|ok@20260101;@|", kept);
    }

    [Fact]
    public void Should_cap_attempts_at_99_and_scores_at_100()
    {
        _js.SetValue("data", "sb1;q:quiz=7.p250");

        var result = Evaluate("""
            (() => {
              const state = store.blank(course);
              state.quiz = { attempts: 150, result: 'f', score: 40 };
              const written = store.encode(state, course);
              const read = store.blank(course);
              store.restore(read, store.decode(data), course);
              const none = store.blank(course);
              store.restore(none, store.decode('sb1;q:quiz=0.p100'), course);
              const unknown = store.blank(course);
              store.restore(unknown, store.decode('sb1;q:quiz=3.x100'), course);
              return [written, read.quiz.score, none.quiz.attempts, unknown.quiz.result].join('|');
            })()
            """);

        Assert.Equal("sb1;q:quiz=99.f40|100|0|", result);
    }

    [Fact]
    public void Should_clip_restored_text_to_its_limit_without_splitting_a_character()
    {
        _js.SetValue("text", new string('x', 199) + "\U0001F600");

        var result = Evaluate("""
            (() => {
              const state = store.blank(course);
              store.restore(state, store.decode('sb1;r:r-audience=' + text.length + ':' + text), course);
              return state.texts.get('r-audience').length;
            })()
            """);

        Assert.Equal("199", result);
    }

    private string Evaluate(string script) => _js.Evaluate(script).ToString();
}
