using System.CommandLine;

namespace ScormBuilder.Cli;

/// <summary>
/// The command line: parses arguments, runs the compiler, prints diagnostics and a summary. Exit codes:
/// 0 built, 1 the course has errors, 2 usage error.
/// </summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int CourseErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var courseArgument = new Argument<string>("COURSE_DIR")
        {
            Description = "The course folder, holding course.yaml.",
            DefaultValueFactory = _ => "course",
        };
        courseArgument.Validators.Add(result =>
        {
            // Without this, an unknown option such as '--ouput' would be taken for the course folder's name.
            if (result.Tokens is [{ Value: ['-', ..] option }])
            {
                result.AddError($"Unknown option '{option}'.");
            }
        });
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "The folder to write <id>-<version>-scorm12.zip into.",
            DefaultValueFactory = _ => "dist",
        };
        var templatesOption = new Option<string?>("--templates")
        {
            Description = "A templates folder to rebrand with (default: ./templates if present, else the built-in one).",
        };

        var strictOption = new Option<bool>("--strict")
        {
            Description = "Fail when an id learners' progress refers to was removed or renamed since the last release (tracking.lock).",
        };
        var updateLockOption = new Option<bool>("--update-lock")
        {
            Description = "After a successful build, record this release's ids in tracking.lock (commit it).",
        };

        var build = new Command("build", "Build the course into one SCORM 1.2 zip.") { courseArgument, outputOption, templatesOption, strictOption, updateLockOption };
        var check = new Command("check", "Check the course without writing anything.") { courseArgument, templatesOption, strictOption };
        var reporter = new Reporter(stdout, stderr);
        build.SetAction(parsed => reporter.Report(Compile(parsed, courseArgument, templatesOption, strictOption, parsed.GetValue(outputOption), parsed.GetValue(updateLockOption))));
        check.SetAction(parsed => reporter.Report(Compile(parsed, courseArgument, templatesOption, strictOption, output: null, updateLock: false)));

        var root = new RootCommand("ScormBuilder: build a SCORM 1.2 package from a course kept as Markdown and YAML.") { build, check };
        var parsedArgs = root.Parse(args);
        if (parsedArgs.Errors.Count > 0)
        {
            foreach (var error in parsedArgs.Errors)
            {
                stderr.WriteLine($"scormbuilder: {error.Message}");
            }

            stderr.WriteLine("Run 'scormbuilder --help' for usage.");
            return UsageError;
        }

        try
        {
            return parsedArgs.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not a problem in the course: say so plainly, without a stack trace.
            stderr.WriteLine($"scormbuilder: internal error: {e.GetType().Name}: {e.Message} Please report this with the course that caused it.");
            return CourseErrors;
        }
    }

    private static BuildResult Compile(ParseResult parsed, Argument<string> course, Option<string?> templates, Option<bool> strict, string? output, bool updateLock) =>
        new CourseCompiler().Run(new BuildOptions(
            parsed.GetValue(course)!,
            parsed.GetValue(templates) ?? DefaultTemplates(),
            output,
            parsed.GetValue(strict),
            updateLock));

    private static string DefaultTemplates() =>
        Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates");
}
