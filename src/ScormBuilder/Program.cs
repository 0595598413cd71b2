using System.Reflection;
using ScormBuilder.Cli;

// The version is all a script asking for it needs: answered before the command line and its commands are made.
if (args is ["--version"])
{
    Console.Out.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
    return ExitCodes.Success;
}

// One build or check is the whole life of the process: collecting garbage would only spend its time moving what is
// about to be dropped. Up to this much, nothing is collected; past it (a very large course), the collector runs.
if (args is ["build" or "check", ..] && !args.Intersect(["--watch", "-w"]).Any())
{
    try
    {
        GC.TryStartNoGCRegion(128L * 1024 * 1024);
    }
    catch (ArgumentOutOfRangeException)
    {
        // A memory limit smaller than that (a container's): the collector runs as usual.
    }
}

using var console = ConsoleText.Open();
return await CommandLine.RunAsync(args, console.Out, console.Error, Terminal.Detect());
