namespace CourseKit.Grading.Judging;

/// <summary>One drawn input with the true answer and the learner's answer there, both flattened to vectors.</summary>
/// <param name="Input">How the input reads in a report, e.g. <c>x = [0.5, -1.2]</c>.</param>
/// <param name="Expected">The truth (from the engine).</param>
/// <param name="Got">What the learner's code returned (a copy; never the learner's object).</param>
public sealed record Sample(string Input, IReadOnlyList<double> Expected, IReadOnlyList<double> Got);
