using ScormBuilder.Diagnostics;
using ScormBuilder.Targets;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Targets;

/// <summary>
/// Loading targets: the built-in ones are valid data (against their own schema too), an organisation's
/// targets/NAME.yaml is read before a built-in of that name, and a target that cannot be loaded is an error at its
/// file, line and column.
/// </summary>
public sealed class TargetLoadingTests
{
    public static TheoryData<string> BuiltIn => [.. TargetLoader.BuiltIn];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Should_load_each_built_in_target_without_a_problem_and_match_its_schema(string name)
    {
        var diagnostics = new DiagnosticBag();
        var text = TargetLoader.BuiltInText(name)!;

        var target = TargetLoader.Parse(name, text, TargetLoader.BuiltInPath(name), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(target);
        Assert.Empty(SchemaCheck.Problems(SchemaCheck.SchemaPath("target.schema.json"), text));
    }

    [Fact]
    public void Should_state_learning_hubs_rules_as_its_web_ui_does()
    {
        var target = TargetLoader.Parse("learninghub", TargetLoader.BuiltInText("learninghub")!, "learninghub.yaml", new DiagnosticBag())!;

        Assert.Equal(new TargetLimits(255, 1800, 50, 1000, 30, 10), target.Limits);
        Assert.Equal(new PackageNameRule(".zip", ExactCase: true), target.PackageName);
        Assert.Equal(["CC BY-NC 4.0", "CC BY-NC-SA 4.0", "CC BY-NC-ND 4.0", "All rights reserved"], target.Licences);
        Assert.Equal(new TargetLaunch("new", "1024", "768") { Smallest = (640, 480), Largest = (4096, 2160) }, target.Launch);
        Assert.Equal(["title", "keywords", "copyright", "mastery_score", "max_time_allowed", "launch_data"], target.Stores);
        Assert.Single(target.Checks, c => c.Contains("personal data", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_esr_no_limits_and_name_what_it_does_not_publish()
    {
        var target = TargetLoader.Parse("esr", TargetLoader.BuiltInText("esr")!, "esr.yaml", new DiagnosticBag())!;

        Assert.Equal(TargetLimits.None, target.Limits);
        Assert.Contains("zip size", target.NotPublished);
        Assert.Contains("its upload form's fields", target.NotPublished);
        Assert.Empty(target.Form);
    }

    [Fact]
    public void Should_refuse_a_target_file_that_breaks_the_schema()
    {
        // Each of these the schema refuses too, so an editor shows the same problem.
        const string yaml = "platform: Totara\nlimits:\n  title: many\nform:\n  - label: Name\n    fact: name\nwindow: new\n";
        Assert.NotEmpty(SchemaCheck.Problems(SchemaCheck.SchemaPath("target.schema.json"), yaml));
        using var course = new TargetCourse(TargetCourse.Listed, ("totara", yaml));

        Assert.Equal(
        [
            "course/targets/totara.yaml(3,10): error SB1006: 'title' must be a whole number from 1 to 1000000, but it is 'many'.",
            "course/targets/totara.yaml(6,11): error SB1014: 'fact' is 'name', but it must be one of: title, description, keywords, authors, owner, licence, certificate, audience, competences, version, language, duration_minutes, mastery_score, package_file.",
            "course/targets/totara.yaml(7,1): error SB1004: Unknown key 'window'. Known keys here: about, checks, form, launch, licences, limits, not_published, package, platform, settings, stores.",
        ], course.Errors("totara"));
    }

    [Fact]
    public void Should_refuse_a_stored_field_the_sheet_cannot_read_from_the_manifest_at_its_own_line()
    {
        const string yaml = "platform: Totara\nstores:\n  - title\n  - masteryscore\n";
        Assert.NotEmpty(SchemaCheck.Problems(SchemaCheck.SchemaPath("target.schema.json"), yaml));
        using var course = new TargetCourse(TargetCourse.Listed, ("totara", yaml));

        Assert.Equal(
        [
            "course/targets/totara.yaml(4,5): error SB1014: 'stores' lists 'masteryscore', but each must be one of: title, description, keywords, copyright, mastery_score, max_time_allowed, launch_data. Did you mean 'mastery_score'?",
        ], course.Errors("totara"));
    }

    [Fact]
    public void Should_report_a_target_file_that_is_not_yaml_at_its_line()
    {
        using var course = new TargetCourse(TargetCourse.Listed, ("broken", "platform: Broken\nlimits: [title: 1\n"));

        var error = Assert.Single(course.Errors("broken"));
        Assert.StartsWith("course/targets/broken.yaml(", error, StringComparison.Ordinal);
        Assert.Contains("error SB1003:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_unknown_target_and_suggest_the_nearest()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        Assert.Equal(["course/targets/leaninghub.yaml: error SB1047: There is no target 'leaninghub' (did you mean 'learninghub'?): the built-in ones are generic, moodle, learninghub, esr. Or describe your platform in targets/leaninghub.yaml beside course.yaml."],
            course.Errors("leaninghub"));
    }

    [Theory]
    [InlineData("../learninghub")]
    [InlineData("LearningHub")]
    public void Should_refuse_a_target_name_that_is_not_a_plain_file_name(string name)
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var error = Assert.Single(course.Errors(name));
        Assert.StartsWith("course/course.yaml: error SB1048:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_check_against_a_custom_target_beside_the_course_and_prefer_it_to_a_built_in_of_that_name()
    {
        const string totara = "platform: Totara\nlimits:\n  keyword: 5\nlicences: [Trust licence]\nform:\n  - label: Audience\n    fact: audience\n    required: true\n";
        using var course = new TargetCourse("keywords: [short, toolong]\nlicence: Trust licence\n", ("totara", totara), ("moodle", "platform: Our Moodle\nlimits:\n  title: 5\n"));

        Assert.Equal(
        [
            "course/course.yaml(1,1): error SB2075: Totara's upload form asks for 'Audience', but course.yaml has no 'audience:'. Add it.",
            "course/course.yaml(2,8): error SB2070: title is 16 characters; Our Moodle stores at most 5. Shorten it.",
            $"course/course.yaml({course.LineOf("keywords:")},19): error SB2071: keyword 'toolong' is 7 characters; Totara accepts at most 5 for each keyword. Shorten or split it.",
        ], course.Errors("totara", "moodle"));
    }
}
