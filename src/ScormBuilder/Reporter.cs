using System.Globalization;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Cli;

/// <summary>
/// Everything the command line prints: diagnostics (stderr), one summary line per build (stdout), notes such as
/// the preview's address (stdout), and a progress line (stderr, on a terminal only) while a step runs. Errors
/// are red and warnings yellow when the stream is a terminal; <see cref="Terminal"/> decides.
/// </summary>
internal sealed class Reporter(TextWriter stdout, TextWriter stderr, Terminal terminal)
{
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Green = "\e[32m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Reset = "\e[0m";
    private const int MaxProgressWidth = 72;

    private readonly Lock _lock = new();
    private int _progressWidth;

    /// <summary>Prints a build's diagnostics and summary, and returns the exit code it calls for.</summary>
    /// <param name="result">The build to report.</param>
    /// <param name="verb">What a successful run did, when not building or checking (e.g. "Previewing build 3").</param>
    /// <param name="afterFailure">What a failed run left behind, when it is not "No package was written."</param>
    public int Report(BuildResult result, string? verb = null, string? afterFailure = null)
    {
        lock (_lock)
        {
            ClearProgress();
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(Format(diagnostic));
            }

            var errors = result.Diagnostics.Count(d => d.IsError);
            var warnings = result.Diagnostics.Count - errors;
            if (result.Summary is not { } summary)
            {
                stderr.WriteLine(Paint(terminal.StderrColour, Red + Bold,
                    $"Build failed: {Count(errors, "error")}, {Count(warnings, "warning")}. {afterFailure ?? "No package was written."}"));
                return ExitCodes.CourseErrors;
            }

            var what = verb ?? (summary.PackagePath is null ? "Checked" : $"Built {summary.PackagePath.Replace('\\', '/')}");
            var counts = summary.Holds is { } holds
                ? string.Create(CultureInfo.InvariantCulture, $"{holds}; {summary.Elapsed.TotalMilliseconds:F0} ms, ")
                : string.Create(CultureInfo.InvariantCulture,
                    $"{Count(summary.Pages, "page")}, {Count(summary.Files, "file")}, {summary.Bytes:N0} bytes, {summary.Elapsed.TotalMilliseconds:F0} ms, ");
            var warningCount = Count(warnings, "warning");
            stdout.WriteLine(Paint(terminal.StdoutColour, Green, what) + ": " + counts +
                (warnings > 0 ? Paint(terminal.StdoutColour, Yellow, warningCount) : warningCount) + ".");
            foreach (var own in verb is null ? summary.TargetPackages : [])
            {
                stdout.WriteLine($"  Package for {own.Target}: {own.Path.Replace('\\', '/')}");
            }

            foreach (var sheet in verb is null ? summary.Sheets : [])
            {
                stdout.WriteLine($"  Uploader's sheet for {sheet.Target}: {sheet.Path.Replace('\\', '/')}");
            }

            return ExitCodes.Success;
        }
    }

    /// <summary>Prints a successful build's warnings only, when its summary is printed another way (build --format json).</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            ClearProgress();
            foreach (var diagnostic in diagnostics)
            {
                stderr.WriteLine(Format(diagnostic));
            }
        }
    }

    /// <summary>Prints the diagnostics of a command that is not a build (changes), a red last line, and returns exit code 1.</summary>
    public int Failed(IEnumerable<Diagnostic> diagnostics, string summary)
    {
        lock (_lock)
        {
            ClearProgress();
            foreach (var diagnostic in diagnostics)
            {
                stderr.WriteLine(Format(diagnostic));
            }

            stderr.WriteLine(Paint(terminal.StderrColour, Red + Bold, summary));
            return ExitCodes.CourseErrors;
        }
    }

    /// <summary>A line for the author on stdout: an address, a next step.</summary>
    public void Note(string line)
    {
        lock (_lock)
        {
            ClearProgress();
            stdout.WriteLine(line);
        }
    }

    /// <summary>A quieter line on stdout, dimmed on a terminal: how to stop, where to look.</summary>
    public void Hint(string line) => Note(Paint(terminal.StdoutColour, Dim, line));

    /// <summary>A problem that is not in the course (a usage error, a busy port) on stderr, in red.</summary>
    public void Problem(string message)
    {
        lock (_lock)
        {
            ClearProgress();
            stderr.WriteLine(Paint(terminal.StderrColour, Red, $"scormbuilder: {message}"));
        }
    }

    /// <summary>
    /// Shows <paramref name="step"/> on one line of stderr, rewritten in place, until the returned scope ends or
    /// the next line is printed. Only on a terminal: a log or a pipe gets nothing.
    /// </summary>
    public IDisposable Progress(string step)
    {
        lock (_lock)
        {
            if (terminal.StderrInteractive)
            {
                ClearProgress();
                // Longer than the terminal is wide, it would wrap, and '\r' could no longer rub it out.
                var line = (step.Length > MaxProgressWidth ? step[..(MaxProgressWidth - 1)] : step) + "…";
                stderr.Write("\r" + Paint(terminal.StderrColour, Dim, line));
                stderr.Flush();
                _progressWidth = line.Length;
            }
        }

        return new ProgressScope(this);
    }

    private void ClearProgress()
    {
        if (_progressWidth > 0)
        {
            stderr.Write("\r" + new string(' ', _progressWidth) + "\r");
            stderr.Flush();
            _progressWidth = 0;
        }
    }

    private string Format(Diagnostic diagnostic)
    {
        if (!terminal.StderrColour)
        {
            return diagnostic.ToString();
        }

        var (colour, severity) = diagnostic.IsError ? (Red, "error") : (Yellow, "warning");
        return $"{diagnostic.Location}: {colour}{Bold}{severity} {diagnostic.Code}{Reset}: {diagnostic.Message}";
    }

    private static string Paint(bool colour, string style, string text) => colour ? style + text + Reset : text;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private sealed class ProgressScope(Reporter reporter) : IDisposable
    {
        public void Dispose()
        {
            lock (reporter._lock)
            {
                reporter.ClearProgress();
            }
        }
    }
}
