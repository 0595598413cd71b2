using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>time.js and words.js, the runtime's pure formats, loaded alone: no page, no window.</summary>
public sealed class TimeAndWordsTests
{
    private readonly Engine _js = RuntimeModules.Load("words.js", "time.js");

    [Theory]
    [InlineData(0, "0000:00:00.00")]
    [InlineData(3_723_456, "0001:02:03.45")]
    [InlineData(-5, "0000:00:00.00")]
    [InlineData(40_000L * 3_600_000, "9999:00:00.00")]
    public void Should_write_a_SCORM_timespan(long ms, string expected) =>
        Assert.Equal(expected, _js.Evaluate($"sb.time.timespan({ms})").AsString());

    [Theory]
    [InlineData("01:02:03.5", 3_723_500)]
    [InlineData("0000:00:30", 30_000)]
    [InlineData("1:02:03", 3_723_000)]
    [InlineData("0:00:00", 0)]
    [InlineData("0:00:07.25", 7_250)]
    [InlineData("60", 60_000)]
    [InlineData("90.5", 90_500)]
    [InlineData("NaN:aN:aN", 0)]
    [InlineData("-0001:00:00", 0)]
    [InlineData("-60", 0)]
    [InlineData("12345:00:00", 0)]
    [InlineData("36000000", 0)]
    [InlineData("0001:60:00", 0)]
    [InlineData("undefined", 0)]
    [InlineData("", 0)]
    public void Should_read_the_LMS_total_time_or_count_none(string cmiTime, double expected) =>
        Assert.Equal(expected, _js.Evaluate($"sb.time.msFrom('{cmiTime}')").AsNumber());

    [Fact]
    public void Should_write_saved_dates_and_show_them_as_ISO_dates() =>
        Assert.Equal("20260105|2026-01-05|", _js.Evaluate("""
            const stamp = sb.time.dateStamp(new Date(2026, 0, 5));
            [stamp, sb.time.isoDate(stamp), sb.time.isoDate('')].join('|')
            """).AsString());

    [Fact]
    public void Should_fill_a_word_from_its_table_and_leave_unknown_placeholders_visible() =>
        Assert.Equal("5 of 12 parts done|{done} of 12", _js.Evaluate("""
            const say = sb.words({ progress: '{done} of {total} parts done', odd: '{done} of {total}' });
            say('progress', { done: 5, total: 12 }) + '|' + say('odd', { total: 12 })
            """).AsString());
}
