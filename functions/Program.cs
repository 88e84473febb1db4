using Publishing.Cli;

return await CommandLine.RunAsync(args);
