using System.CommandLine;

namespace ScormBuilder.Cli.Commands;

/// <summary>The arguments and options that build, check and preview share, declared once so they read the same everywhere.</summary>
internal static class CourseOptions
{
    public static Argument<string> CourseDirectory()
    {
        var argument = new Argument<string>("COURSE_DIR")
        {
            Description = "The course folder, holding course.yaml.",
            DefaultValueFactory = _ => "course",
        };
        argument.Validators.Add(result =>
        {
            // Without this, an unknown option such as '--ouput' would be taken for the course folder's name.
            if (result.Tokens is [{ Value: ['-', ..] option }])
            {
                result.AddError($"Unknown option '{option}'.");
            }
            else if (result.Tokens is [{ Value: var blank }] && string.IsNullOrWhiteSpace(blank))
            {
                result.AddError("The course folder is given as an empty name. Name the folder that holds course.yaml, e.g. 'course'.");
            }
        });
        return argument;
    }

    public static Option<string?> Templates()
    {
        var option = new Option<string?>("--templates")
        {
            Description = "A templates folder to rebrand with (default: ./templates if present, else the built-in one).",
        };
        RefuseBlank(option, "a templates folder, e.g. 'templates'");
        return option;
    }

    /// <summary>An empty folder name (often an unset shell variable) is a usage error, never the current folder.</summary>
    public static void RefuseBlank(Option option, string example) => option.Validators.Add(result =>
    {
        if (result.Tokens is [{ Value: var blank }] && string.IsNullOrWhiteSpace(blank))
        {
            result.AddError($"{option.Name} is given an empty name. Name {example}.");
        }
    });

    public static Option<string?> Target(string description = "The platforms the package is for, e.g. 'learninghub' or 'moodle,learninghub,esr': the course must keep each one's rules. Built in: generic (the default), moodle, learninghub, esr; or targets/NAME.yaml beside course.yaml.",
        string helpName = "NAME[,NAME…]")
    {
        var option = new Option<string?>("--target")
        {
            Description = description,
            HelpName = helpName,
        };
        RefuseBlank(option, "a target, e.g. 'learninghub'");
        return option;
    }

    /// <summary>The names --target lists, comma-separated; none when it is not given.</summary>
    public static IReadOnlyList<string> TargetNames(string? value) =>
        value is null ? [] : [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Fail when an id learners' progress refers to was removed or renamed since the last release (tracking.lock), or when the version is not approved: a required review pending, or the review date passed or missing.",
    };

    public static Option<bool> Lint() => new("--lint")
    {
        Description = "Also check how the quiz's questions are written (SB2050-SB2057: cues such as the longest option being the key); errors with --strict.",
    };

    /// <summary>./templates when it exists (a rebranded copy beside the course), else the copy shipped with the tool.</summary>
    public static string TemplatesOrDefault(string? templates) =>
        templates ?? (Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates"));

    /// <summary>Watching needs folders to watch: say so plainly rather than watch nothing.</summary>
    public static string? FoldersMissing(string courseDirectory, string templatesDirectory)
    {
        if (!Directory.Exists(courseDirectory))
        {
            return $"There is no course folder '{courseDirectory}'. Name the folder that holds course.yaml, " +
                $"or create a course with 'scormbuilder new {courseDirectory}'.";
        }

        return Directory.Exists(templatesDirectory)
            ? null
            : $"There is no templates folder '{templatesDirectory}'. Pass --templates with a copy of ScormBuilder's templates/ folder, or leave it out to use the built-in one.";
    }

    /// <summary>A --since package that is not there is a mistyped path, so a usage error, the same in every command.</summary>
    public static string? SinceMissing(string? since) => since is null || File.Exists(since)
        ? null
        : $"There is no file '{since}' to compare with. Pass --since the previous release's -scorm12.zip (the one uploaded to the LMS).";
}
