namespace ScormBuilder.Tests.Targets;

/// <summary>
/// A course that breaks a target's rule is an error at the course.yaml line of the fact that breaks it: one course
/// per rule, each checked under the target that states the rule (or a custom one where no built-in target can be broken).
/// </summary>
public sealed class TargetRulesTests
{
    private const string ShortTitleTarget = "platform: Short titles\nlimits:\n  title: 10\n  copyright: 12\n";

    [Fact]
    public void Should_report_a_title_longer_than_the_target_stores_at_the_title()
    {
        using var course = new TargetCourse("", ("short", ShortTitleTarget));

        Assert.Equal(["course/course.yaml(2,8): error SB2070: title is 16 characters; Short titles stores at most 10. Shorten it."], course.Errors("short"));
    }

    [Fact]
    public void Should_report_a_description_longer_than_learning_hub_accepts_at_the_description()
    {
        using var course = new TargetCourse(TargetCourse.Listed);
        course.Course.Replace("course.yaml", "description: One of each kind of part, for the tests.", $"description: {new string('d', 1801)}");

        Assert.Equal([$"course/course.yaml({course.LineOf("description:")},14): error SB2070: description is 1801 characters; NHS Learning Hub accepts at most 1800. Shorten it."],
            course.Errors("learninghub"));
    }

    [Fact]
    public void Should_report_a_licence_longer_than_the_target_stores_as_copyright_at_the_licence()
    {
        using var course = new TargetCourse("licence: CC BY-NC-SA 4.0\n", ("short", ShortTitleTarget.Replace("title: 10", "title: 100", StringComparison.Ordinal)));

        Assert.Equal([$"course/course.yaml({course.LineOf("licence:")},10): error SB2070: licence is 15 characters; Short titles stores as the copyright at most 12. Shorten it."],
            course.Errors("short"));
    }

    [Fact]
    public void Should_report_a_keyword_over_50_characters_at_that_keyword()
    {
        var long51 = new string('k', 51);
        using var course = new TargetCourse(TargetCourse.Listed + $"keywords:\n  - fine\n  - {long51}\n");

        Assert.Equal([$"course/course.yaml({course.LineOf(long51)},5): error SB2071: keyword '{long51}' is 51 characters; NHS Learning Hub accepts at most 50 for each keyword. Shorten or split it."],
            course.Errors("learninghub"));
    }

    [Fact]
    public void Should_report_keywords_over_1000_characters_in_all_at_the_keywords()
    {
        // 23 keywords of 43 characters, joined by commas: 23 × 43 + 22 = 1,011; each is within 50.
        var keywords = string.Join(", ", Enumerable.Range(10, 23).Select(i => $"keyword{i}".PadRight(43, 'x')));
        using var course = new TargetCourse(TargetCourse.Listed + $"keywords: [{keywords}]\n");

        Assert.Equal([$"course/course.yaml({course.LineOf("keywords:")},11): error SB2072: keywords are 1011 characters together (joined by commas); NHS Learning Hub stores at most 1000. Remove some."],
            course.Errors("learninghub"));
    }

    [Fact]
    public void Should_report_more_authors_than_learning_hub_takes_at_the_authors()
    {
        using var course = new TargetCourse(TargetCourse.Listed);
        course.Course.Replace("course.yaml", "authors: [Test author]", $"authors: [{string.Join(", ", Enumerable.Range(1, 11).Select(i => $"Author {i}"))}]");

        Assert.Equal([$"course/course.yaml({course.LineOf("authors:")},10): error SB2073: authors lists 11; NHS Learning Hub's form takes at most 10. Name a team instead of each person."],
            course.Errors("learninghub"));
    }

    [Fact]
    public void Should_report_a_licence_learning_hub_does_not_offer_at_the_licence()
    {
        using var course = new TargetCourse("licence: MIT\ncertificate: true\n");

        Assert.Equal([$"course/course.yaml({course.LineOf("licence:")},10): error SB2074: licence 'MIT' is not one NHS Learning Hub offers. Use one of: CC BY-NC 4.0; CC BY-NC-SA 4.0; CC BY-NC-ND 4.0; All rights reserved."],
            course.Errors("learninghub"));
    }

    [Fact]
    public void Should_report_each_fact_learning_hubs_form_needs_and_the_course_does_not_give()
    {
        using var course = new TargetCourse("");

        Assert.Equal(
        [
            "course/course.yaml(1,1): error SB2075: NHS Learning Hub's upload form asks for 'Certificate', but course.yaml has no 'certificate:'. Add it.",
            "course/course.yaml(1,1): error SB2075: NHS Learning Hub's upload form asks for 'Licence', but course.yaml has no 'licence:'. Add it.",
        ], course.Errors("learninghub"));
    }

    [Fact]
    public void Should_report_a_package_name_the_targets_exact_case_rule_refuses()
    {
        using var course = new TargetCourse("", ("upper", "platform: Upper case\npackage:\n  extension: .ZIP\n  extension_case: exact\n"));

        Assert.Equal(["course/course.yaml(1,1): error SB2076: The package 'minimal-course-0.1.0-scorm12.zip' does not end in '.ZIP' (in that case), which Upper case requires."],
            course.Errors("upper"));
    }

    [Fact]
    public void Should_check_a_course_with_the_facts_cleanly_for_every_built_in_target_and_without_a_target()
    {
        using var listed = new TargetCourse(TargetCourse.Listed);
        using var bare = new TargetCourse("");

        Assert.Empty(listed.Errors("generic", "moodle", "learninghub", "esr"));
        Assert.Empty(bare.Errors());
        Assert.Empty(bare.Errors("generic", "moodle", "esr"));
    }
}
