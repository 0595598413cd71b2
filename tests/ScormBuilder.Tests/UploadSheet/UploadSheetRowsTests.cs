using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScormBuilder.Tests.Support;
using ScormBuilder.Tests.Targets;

namespace ScormBuilder.Tests.UploadSheet;

/// <summary>
/// The sheet's launch rows, read from the target's launch block, its "what the platform keeps" rows, read back from
/// the manifest the build writes, and a form that is Moodle's own or, for ESR, not published.
/// </summary>
public sealed class UploadSheetRowsTests
{
    [Fact]
    public void Should_show_the_launch_size_the_target_gives_and_say_a_range_it_does_not_give_is_not_published()
    {
        // Given a target that opens the course in a frame of its own size, and states no range
        const string target = "platform: Trust LMS\nlaunch:\n  window: current\n  width: 800\n  height: \"90%\"\n";
        using var course = new TargetCourse(TargetCourse.Listed, ("trust", target));

        // When its sheet is written
        var document = Parse(UploadSheetTests.Sheet(course, "trust"));

        // Then the launch rows say that frame and that size, and that the range is not published
        Assert.Equal(
            [("Opens in", "The current window, in a frame"), ("Frame size", "800 px wide × 90% high (the default)"),
                ("Sizes allowed", "Not published: this target states none for Trust LMS.")],
            Rows(document, "launch"));
    }

    [Fact]
    public void Should_show_learning_hubs_new_window_its_default_size_and_the_sizes_it_allows()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var document = Parse(UploadSheetTests.Sheet(course, "learninghub"));

        Assert.Equal(
            [("Opens in", "A new window"), ("Window size", "1024 px wide × 768 px high (the default)"),
                ("Sizes allowed", "640 × 480 px to 4096 × 2160 px")],
            Rows(document, "launch"));
    }

    [Fact]
    public void Should_show_the_stored_mastery_score_as_the_courses_own_pass_mark()
    {
        // Given a course whose mastery score and quiz pass mark are 62, not the fixture's 75
        using var course = new TargetCourse(TargetCourse.Listed + "keywords: [consent, records]\n");
        course.Course.Replace("course.yaml", "mastery_score: 75", "mastery_score: 62");
        course.Course.Replace("quiz.yaml", "pass_mark: 75", "pass_mark: 62");

        // When its Learning Hub sheet is written
        var rows = Rows(Parse(UploadSheetTests.Sheet(course, "learninghub")), "stored").ToDictionary();

        // Then each field Learning Hub keeps shows the manifest's value, and what the manifest lacks is said
        Assert.Equal("62", rows["Mastery score (the pass mark, out of 100)"]);
        Assert.Equal("A minimal course", rows["Title"]);
        Assert.Equal("consent, records", rows["Keywords"]);
        Assert.Equal("All rights reserved", rows["Copyright"]);
        Assert.Equal("None: this package's manifest gives none.", rows["Maximum time allowed"]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void Should_list_moodles_form_in_its_order_with_the_zips_file_name_for_the_package_file()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var document = Parse(UploadSheetTests.Sheet(course, "moodle"));

        Assert.Equal(["Name", "Description", "Package file"],
            document.QuerySelectorAll("#form-title ~ dl dt").Select(dt => dt.ChildNodes[0].TextContent).ToArray());
        Assert.Equal("A minimal course", document.GetElementById("field-1")!.TextContent);
        Assert.Equal("minimal-course-0.1.0-scorm12.zip", document.GetElementById("field-3")!.TextContent);
        Assert.Equal([("Mastery score (the pass mark, out of 100)", "75")], Rows(document, "stored"));
    }

    [Fact]
    public void Should_say_esrs_upload_form_is_not_published_and_give_no_fields()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var document = Parse(UploadSheetTests.Sheet(course, "esr"));

        Assert.Empty(document.QuerySelectorAll("#form-title ~ dl"));
        Assert.StartsWith("The upload form of NHS ESR is not published", document.QuerySelector("#form-title ~ p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("its upload form's fields", document.QuerySelectorAll("#not-published-title ~ ul li").Select(li => li.TextContent));
        Assert.Equal("A frame or a new window, as the platform is set up", Rows(document, "launch")[0].Value);
        Assert.Equal("Not published: this target states none for NHS ESR.", Rows(document, "launch")[1].Value);
    }

    [Fact]
    public void Should_give_the_launch_and_stored_rows_in_the_build_json()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates,
            "--target", "moodle,generic", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Output);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var targets = json.RootElement.GetProperty("targets");
        var moodle = targets[0];
        Assert.Equal("100% wide × 500 px high (the default)", moodle.GetProperty("launch")[1].GetProperty("value").GetString());
        Assert.Equal("minimal-course-0.1.0-scorm12.zip", moodle.GetProperty("fields")[2].GetProperty("value").GetString());
        Assert.Equal("75", moodle.GetProperty("stored")[0].GetProperty("value").GetString());
        var generic = targets[1];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, generic.GetProperty("launch")[0].GetProperty("value").ValueKind);
        Assert.Equal(0, generic.GetProperty("stored").GetArrayLength());
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<(string Label, string Value)> Rows(IDocument document, string section) =>
        [.. document.QuerySelectorAll($"#{section}-title ~ dl dt").Select(dt => (dt.TextContent, ((IElement)dt.NextElementSibling!).TextContent.Trim()))];
}
