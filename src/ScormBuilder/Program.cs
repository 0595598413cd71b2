using System.Reflection;
using ScormBuilder.Cli;

// The version is all a script asking for it needs: answered before the command line and its commands are made.
if (args is ["--version"])
{
    Console.Out.WriteLine(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
    return ExitCodes.Success;
}

return await CommandLine.RunAsync(args, Console.Out, Console.Error, Terminal.Detect());
