namespace CourseKit.Grading;

/// <summary>A learner's C# script as handed in: its text, and the file name shown in messages.</summary>
/// <param name="Source">The script text (top-level statements and methods, Roslyn scripting dialect).</param>
/// <param name="FileName">Only a display name; no path is ever read from it.</param>
public sealed record Submission(string Source, string FileName = "submission.csx");
