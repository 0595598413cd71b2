using System.Diagnostics;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Runs the real scormbuilder CLI, built beside the tests, as a child process to completion.</summary>
public static class ScormBuilderCli
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scormbuilder.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("scormbuilder did not finish within a minute.");
        }

        return (process.ExitCode, stdout.Result + stderr);
    }
}
