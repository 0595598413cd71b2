using System.CommandLine;
using System.Globalization;
using ScormBuilder.Cli.Preview;
using ScormBuilder.Cli.Scaffolding;
using ScormBuilder.Cli.Watching;

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

    public const int DefaultPreviewPort = 5123;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Terminal.Plain);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
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
        var watchOption = new Option<bool>("--watch", "-w")
        {
            Description = "Keep running, and build again after every change to the course or the templates, until Ctrl+C.",
        };
        var previewWatchOption = new Option<bool>("--watch", "-w")
        {
            Description = "Rebuild and reload the page after every change to the course or the templates ('--watch false' to serve one build).",
            DefaultValueFactory = _ => true,
        };
        var portOption = new Option<int>("--port", "-p")
        {
            Description = "The port to serve on, on 127.0.0.1 only (0 picks a free one).",
            DefaultValueFactory = _ => DefaultPreviewPort,
        };
        portOption.Validators.Add(result =>
        {
            // Reading the value here would throw for text that is not a number; the parser reports that itself.
            if (result.Tokens is [{ Value: var token }] && int.TryParse(token, CultureInfo.InvariantCulture, out var port) && port is < 0 or > 65535)
            {
                result.AddError("--port must be a number from 0 to 65535 (0 picks a free port).");
            }
        });
        var directoryArgument = new Argument<string>("DIR")
        {
            Description = "The folder to create: it must not exist yet, or be empty.",
        };

        var build = new Command("build", "Build the course into one SCORM 1.2 zip.")
        {
            courseArgument, outputOption, templatesOption, strictOption, updateLockOption, watchOption,
        };
        var check = new Command("check", "Check the course without writing anything.") { courseArgument, templatesOption, strictOption };
        var preview = new Command("preview",
            "Open the course in your browser beside a test LMS that logs every SCORM call and shows what it stores. Every save rebuilds and reloads it.")
        {
            courseArgument, templatesOption, portOption, previewWatchOption,
        };
        var create = new Command("new", "Create a small sample course to start from: one part of each kind, explained by example.") { directoryArgument };

        var reporter = new Reporter(stdout, stderr, terminal);
        build.SetAction(parsed =>
        {
            var options = Options(parsed, courseArgument, templatesOption, strictOption, parsed.GetValue(outputOption), parsed.GetValue(updateLockOption));
            if (!parsed.GetValue(watchOption))
            {
                return Build(options, reporter);
            }

            if (options.UpdateLock)
            {
                return Usage(reporter, "--update-lock records a release, so it belongs on a one-off build: run 'scormbuilder build --update-lock' without --watch.");
            }

            return FoldersExist(options, reporter) ? Wait(stop => new BuildWatch(options, reporter).RunAsync(stop)) : UsageError;
        });
        check.SetAction(parsed => Build(Options(parsed, courseArgument, templatesOption, strictOption, output: null, updateLock: false), reporter));
        preview.SetAction(parsed =>
        {
            var options = Options(parsed, courseArgument, templatesOption, strict: null, output: null, updateLock: false);
            var coursePreview = new CoursePreview(options.CourseDirectory, options.TemplatesDirectory, parsed.GetValue(portOption), parsed.GetValue(previewWatchOption), reporter);
            return FoldersExist(options, reporter) ? Wait(coursePreview.RunAsync) : UsageError;
        });
        create.SetAction(parsed => new NewCourse(reporter).Run(parsed.GetValue(directoryArgument)!));

        var root = new RootCommand(
            "ScormBuilder: build a SCORM 1.2 package from a course kept as Markdown and YAML.\n" +
            "New here? Run 'scormbuilder new my-course', then 'scormbuilder preview my-course'.")
        {
            create, preview, check, build,
        };
        var parsedArgs = root.Parse(args);
        if (parsedArgs.Errors.Count > 0)
        {
            foreach (var error in parsedArgs.Errors)
            {
                reporter.Problem(error.Message);
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
            reporter.Problem($"internal error: {e.GetType().Name}: {e.Message} Please report this with the course that caused it.");
            return CourseErrors;
        }
    }

    private static BuildOptions Options(ParseResult parsed, Argument<string> course, Option<string?> templates, Option<bool>? strict, string? output, bool updateLock) =>
        new(parsed.GetValue(course)!, parsed.GetValue(templates) ?? DefaultTemplates(), output, strict is not null && parsed.GetValue(strict), updateLock);

    private static int Build(BuildOptions options, Reporter reporter)
    {
        BuildResult result;
        using (reporter.Progress(options.OutputDirectory is null ? $"Checking {options.CourseDirectory}" : $"Building {options.CourseDirectory}"))
        {
            result = new CourseCompiler().Run(options);
        }

        return reporter.Report(result);
    }

    /// <summary>Runs a command that lasts until Ctrl+C, and returns its exit code.</summary>
    private static int Wait(Func<CancellationToken, Task<int>> command)
    {
        using var stop = new StopSignal();
        return command(stop.Token).GetAwaiter().GetResult();
    }

    /// <summary>Watching needs folders to watch: say so plainly rather than watch nothing.</summary>
    private static bool FoldersExist(BuildOptions options, Reporter reporter)
    {
        if (!Directory.Exists(options.CourseDirectory))
        {
            Usage(reporter, $"There is no course folder '{options.CourseDirectory}'. Name the folder that holds course.yaml, " +
                $"or create a course with 'scormbuilder new {options.CourseDirectory}'.");
            return false;
        }

        if (!Directory.Exists(options.TemplatesDirectory))
        {
            Usage(reporter, $"There is no templates folder '{options.TemplatesDirectory}'. Pass --templates with a copy of ScormBuilder's templates/ folder, or leave it out to use the built-in one.");
            return false;
        }

        return true;
    }

    private static int Usage(Reporter reporter, string message)
    {
        reporter.Problem(message);
        return UsageError;
    }

    private static string DefaultTemplates() =>
        Directory.Exists("templates") ? "templates" : Path.Combine(AppContext.BaseDirectory, "templates");
}
