using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Targets;

/// <summary>
/// The README's own-platform example is what an organisation copies first: it must load, match the schema and hold
/// the rule it shows, so a title longer than its limit fails at course.yaml's title line.
/// </summary>
public sealed class ReadmeTargetExampleTests
{
    private static string Example()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var block = Regex.Match(readme, "```yaml\n(?<yaml>platform: [^`]+)```");
        Assert.True(block.Success, "README.md has no ```yaml block starting 'platform:' (the own-platform example); the test is out of date.");
        return block.Groups["yaml"].Value;
    }

    [Fact]
    public void Should_match_the_target_schema() =>
        Assert.Empty(SchemaCheck.Problems(SchemaCheck.SchemaPath("target.schema.json"), Example()));

    [Fact]
    public void Should_check_a_course_clean_within_its_rules_and_refuse_one_that_breaks_them()
    {
        using var fits = new TargetCourse("", ("ours", Example()));
        var limit = int.Parse(Regex.Match(Example(), @"title: (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var tooLong = new TargetCourse("", ("ours", Example()));
        tooLong.Course.Replace("course.yaml", "title: \"A minimal course\"", $"title: {new string('x', limit + 1)}");

        Assert.Empty(fits.Errors("ours"));
        var error = Assert.Single(tooLong.Errors("ours"));
        Assert.Contains($"error SB2070: title is {limit + 1} characters", error, StringComparison.Ordinal);
        Assert.StartsWith($"course/course.yaml({tooLong.LineOf("title: xxx")},", error, StringComparison.Ordinal);
    }
}
