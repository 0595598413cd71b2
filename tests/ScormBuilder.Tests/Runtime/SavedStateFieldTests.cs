using Jint;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// Issue 19, class 13: saved progress is the learner's (or anyone's) to edit, so every decoded field is checked
/// before it is used, and one that fails counts as none: a forged date never reaches the certificate.
/// </summary>
public sealed class SavedStateFieldTests
{
    private readonly Engine _js = RuntimeModules.SavedState(RepoPaths.MinimalCourse);

    // completed date | first action's date/text | quiz attempts | draw seed
    [Theory]
    [InlineData("sb1;d:99999999", "||0|0")]
    [InlineData("sb1;d:00000000", "||0|0")]
    [InlineData("sb1;d:20260230", "||0|0")]
    [InlineData("sb1;d:20261301", "||0|0")]
    [InlineData("sb1;d:20260100", "||0|0")]
    [InlineData("sb1;d:19991231", "||0|0")]
    [InlineData("sb1;d:22000101", "||0|0")]
    [InlineData("sb1;d:2026011", "||0|0")]
    [InlineData("sb1;d:202601011", "||0|0")]
    [InlineData("sb1;d:20240229", "20240229||0|0")]
    [InlineData("sb1;d:20260105", "20260105||0|0")]
    [InlineData("sb1;p:0=99999999/2:ok", "|/ok|0|0")]
    [InlineData("sb1;p:0=00000000/2:ok", "|/ok|0|0")]
    [InlineData("sb1;p:0=20250229/2:ok", "|/ok|0|0")]
    [InlineData("sb1;p:0=21991231/2:ok", "|21991231/ok|0|0")]
    [InlineData("sb1;q:quiz=99999.f50", "||99|0")]
    [InlineData("sb1;b:quiz=99999/q-tf", "||0|0")]
    [InlineData("sb1;b:quiz=0/q-tf", "||0|0")]
    public void Should_keep_a_decoded_field_only_when_it_is_valid(string data, string expected)
    {
        _js.SetValue("data", data);

        var restored = _js.Evaluate("""
            (() => {
              const state = store.blank(course);
              store.restore(state, store.decode(data), course);
              const action = state.plan[0] || { date: '', text: '' };
              return [state.completed, action.date || action.text ? action.date + '/' + action.text : '', state.quiz.attempts, state.draw.seed].join('|');
            })()
            """).AsString();

        Assert.Equal(expected, restored);
    }

    [Theory]
    [InlineData("99999999", false)]
    [InlineData("00000000", false)]
    [InlineData("20260231", false)]
    [InlineData("2026010", false)]
    [InlineData("", false)]
    [InlineData("20260105", true)]
    public void Should_show_no_date_for_a_stamp_that_is_not_a_day(string stamp, bool isDay)
    {
        _js.SetValue("stamp", stamp);

        var shown = _js.Evaluate("sb.time.longDate(stamp, 'en-GB') + '|' + sb.time.isoDate(stamp)").AsString();

        // Jint formats dates in its own locale: the day is there when it is a day, and nothing is when it is not.
        Assert.Equal(isDay ? "2026|2026-01-05" : "|", isDay ? shown[^15..] : shown);
    }
}
