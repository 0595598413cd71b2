using ScormBuilder.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, Terminal.Detect());
