using CourseKit.Grade;

return await GradeApp.RunAsync(args, Console.Out, Console.Error, Directory.GetCurrentDirectory()).ConfigureAwait(false);
