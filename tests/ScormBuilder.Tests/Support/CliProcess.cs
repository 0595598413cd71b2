using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ScormBuilder.Tests.Support;

/// <summary>
/// A scormbuilder command that keeps running (build --watch), started as a real child process: the test reads
/// what it prints as it prints it, and the process is killed, by its own id, when the test is done.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public string Stdout => string.Join('\n', _stdout);

    public string Stderr => string.Join('\n', _stderr);

    public string Output => $"stdout:\n{Stdout}\nstderr:\n{Stderr}";

    public static CliProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepoPaths.CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => Keep(cli._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(cli._stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits until stdout has <paramref name="count"/> lines matching <paramref name="pattern"/>, and returns them.</summary>
    public IReadOnlyList<string> WaitForStdoutLines(Regex pattern, int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var lines = _stdout.Where(line => pattern.IsMatch(line)).ToList();
            if (lines.Count >= count)
            {
                return lines;
            }

            Assert.False(_process.HasExited, $"scormbuilder exited with {(_process.HasExited ? _process.ExitCode : 0)} before printing {count} line(s) matching {pattern}.\n{Output}");
            Assert.True(clock.Elapsed < timeout, $"scormbuilder printed {lines.Count} of {count} line(s) matching {pattern} within {timeout.TotalSeconds} s.\n{Output}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Waits, while the process runs, until <paramref name="condition"/> holds.</summary>
    public void WaitUntil(Func<bool> condition, string what, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(_process.HasExited, $"scormbuilder exited with {(_process.HasExited ? _process.ExitCode : 0)} before {what}.\n{Output}");
            Assert.True(clock.Elapsed < timeout, $"Not {what} within {timeout.TotalSeconds} s.\n{Output}");
            Thread.Sleep(5);
        }
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and returns the exit code once the process has stopped.</summary>
    public int Interrupt(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(_process.WaitForExit(timeout), $"scormbuilder did not stop within {timeout.TotalSeconds} s of Ctrl+C.\n{Output}");
        // The parameterless wait also waits for the last redirected output to arrive.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
