using ScormBuilder.Cli.Commands;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>Each command's settings are validated before it runs, without running it.</summary>
public sealed class CommandSettingsTests
{
    private static BuildOptions Options(string course, bool updateLock = false) =>
        new(course, RepoPaths.Templates, "dist", UpdateLock: updateLock);

    [Fact]
    public void Should_accept_a_one_off_build_of_a_folder_that_is_not_there_yet() =>
        // A one-off build reports a missing course as a course error (SB1001), with the file it looked for.
        Assert.Null(new BuildCommand.Settings(Options("no-such-course"), Watch: false).Validate());

    [Fact]
    public void Should_refuse_to_watch_and_update_the_lock() =>
        Assert.StartsWith("--update-lock records a release", new BuildCommand.Settings(Options(RepoPaths.MinimalCourse, updateLock: true), Watch: true).Validate(), StringComparison.Ordinal);

    [Fact]
    public void Should_refuse_to_watch_a_course_folder_that_does_not_exist() =>
        Assert.Contains("scormbuilder new no-such-course", new BuildCommand.Settings(Options("no-such-course"), Watch: true).Validate(), StringComparison.Ordinal);

    [Fact]
    public void Should_refuse_to_preview_with_a_templates_folder_that_does_not_exist() =>
        Assert.StartsWith("There is no templates folder 'no-such-templates'",
            new PreviewCommand.Settings(RepoPaths.MinimalCourse, "no-such-templates", 0, Watch: true).Validate(), StringComparison.Ordinal);

    [Fact]
    public void Should_refuse_to_create_a_course_in_a_folder_that_is_not_empty() =>
        Assert.Contains("is not empty", new NewCommand.Settings(RepoPaths.MinimalCourse).Validate(), StringComparison.Ordinal);

    [Fact]
    public void Should_refuse_to_create_a_course_over_a_file() =>
        Assert.Contains("is a file", new NewCommand.Settings(Path.Combine(RepoPaths.MinimalCourse, "course.yaml")).Validate(), StringComparison.Ordinal);
}
