namespace CourseKit.Grading.Judging;

/// <summary>What was wrong across a set of samples, and a hint that teaches rather than just reports.</summary>
/// <param name="Shape">The kind of mistake.</param>
/// <param name="Hint">One or two sentences for the learner.</param>
/// <param name="FirstFailure">The first sample that failed, for the expected-against-got line; null when none did.</param>
/// <param name="WorstAbsoluteError">The largest |got − expected| among finite pairs.</param>
/// <param name="WorstRelativeError">The largest |got − expected| / |expected| among finite pairs with a non-zero truth.</param>
/// <param name="Failed">How many samples failed.</param>
public sealed record Mistake(
    MistakeShape Shape,
    string Hint,
    Sample? FirstFailure,
    double WorstAbsoluteError,
    double WorstRelativeError,
    int Failed);
