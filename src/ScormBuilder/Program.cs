using ScormBuilder.Cli;

using var console = ConsoleText.Open();
return await CommandLine.RunAsync(args, console.Out, console.Error, Terminal.Detect());
