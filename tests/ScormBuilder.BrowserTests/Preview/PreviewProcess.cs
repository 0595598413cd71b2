using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ScormBuilder.BrowserTests.Preview;

/// <summary>
/// 'scormbuilder preview --port 0' run as a real process, as an author runs it: waits for the address it prints,
/// keeps everything it prints for the assertions, and ends it (by its own id) when the test is done.
/// </summary>
public sealed partial class PreviewProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewProcess(Process process)
    {
        _process = process;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Every line printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output => string.Join('\n', _output);

    public static Task<PreviewProcess> StartAsync(string courseDirectory, string templatesDirectory) =>
        StartWithAsync(Path.GetDirectoryName(courseDirectory)!, courseDirectory, "--templates", templatesDirectory);

    /// <summary>'preview PACKAGE.zip': plays a package zip as it is.</summary>
    public static Task<PreviewProcess> StartPackageAsync(string packagePath, params string[] more) =>
        StartWithAsync(Path.GetDirectoryName(packagePath)!, packagePath, more);

    private static async Task<PreviewProcess> StartWithAsync(string workingDirectory, string source, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scormbuilder.dll"));
        foreach (var arg in new[] { "preview", source, "--port", "0" }.Concat(more))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var preview = new PreviewProcess(process);
        process.OutputDataReceived += (_, e) => preview.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => preview.Receive(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(preview._address.Task, exited, Task.Delay(s_startTimeout));
        if (first != preview._address.Task)
        {
            await preview.DisposeAsync();
            throw new InvalidOperationException(
                $"scormbuilder preview printed no address{(exited.IsCompleted ? $" and exited with {process.ExitCode}" : $" within {s_startTimeout.TotalSeconds} s")}:\n{preview.Output}");
        }

        preview.Address = await preview._address.Task;
        return preview;
    }

    /// <summary>Waits until a printed line matches <paramref name="pattern"/>; fails with everything printed if none does.</summary>
    public async Task<string> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_output.FirstOrDefault(pattern.IsMatch) is { } line)
            {
                return line;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"scormbuilder preview printed no line matching {pattern} within {timeout.TotalSeconds} s:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (AddressLine().Match(line) is { Success: true } match)
        {
            _address.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"^Preview: (http://127\.0\.0\.1:\d+/)$")]
    private static partial Regex AddressLine();
}
