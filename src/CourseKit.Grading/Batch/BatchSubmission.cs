namespace CourseKit.Grading.Batch;

/// <summary>One file of a class's submissions, with the student and exercise its place in the folder names.</summary>
/// <param name="Path">The file's absolute path.</param>
/// <param name="RelativePath">Its path below the submissions folder, with forward slashes; shards split on it.</param>
/// <param name="Student">The student id (the file or folder name); it also seeds the student's own inputs.</param>
/// <param name="ExerciseId">The exercise it answers.</param>
public sealed record BatchSubmission(string Path, string RelativePath, string Student, string ExerciseId);
