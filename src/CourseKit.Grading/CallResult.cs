namespace CourseKit.Grading;

/// <summary>What one call of the entry method produced.</summary>
/// <param name="Index">The input's position in the request.</param>
/// <param name="Outcome">How the call ended.</param>
/// <param name="Value">The returned value when <paramref name="Outcome"/> is <see cref="Outcome.Returned"/>.</param>
/// <param name="Detail">Why it failed, e.g. "System.DivideByZeroException: …" or "returned null".</param>
public sealed record CallResult(int Index, Outcome Outcome, RawValue? Value, string? Detail);
