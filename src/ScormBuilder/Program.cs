using ScormBuilder.Cli;

return await CommandLine.RunAsync(args, Console.Out, Console.Error, Terminal.Detect());
