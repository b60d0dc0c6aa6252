using CourseKit.Cli;

return await CourseKitApp.RunAsync(args, CliConsole.System()).ConfigureAwait(false);
