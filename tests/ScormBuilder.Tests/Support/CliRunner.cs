using System.Diagnostics;
using ScormBuilder.Cli;

namespace ScormBuilder.Tests.Support;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;
}

/// <summary>Runs the scormbuilder CLI, either in this process (fast) or as a real child process.</summary>
internal static class CliRunner
{
    public static CliRun InProcess(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static CliRun AsProcess(string workingDirectory, params string[] args) =>
        AsProcess(workingDirectory, new Dictionary<string, string?>(), null, args);

    /// <summary>
    /// Runs the CLI with <paramref name="environment"/> added (a null value removes a variable), reading what it prints
    /// as <paramref name="printed"/> (Latin-1 shows every byte as one character; null: UTF-8).
    /// </summary>
    public static CliRun AsProcess(string workingDirectory, IReadOnlyDictionary<string, string?> environment, System.Text.Encoding? printed, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = printed,
            StandardErrorEncoding = printed,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(RepoPaths.CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "scormbuilder did not finish within two minutes.");
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }
}
