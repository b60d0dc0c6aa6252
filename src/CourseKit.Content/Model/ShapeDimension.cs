namespace CourseKit.Content.Model;

/// <summary>One dimension of an array input: a fixed size, a range drawn per sample, or a named size shared between inputs.</summary>
/// <param name="Min">Smallest size (equal to <paramref name="Max"/> for a fixed size).</param>
/// <param name="Max">Largest size, inclusive.</param>
/// <param name="Name">The name from <c>check.dims</c> when the size is shared, else null.</param>
public sealed record ShapeDimension(int Min, int Max, string? Name);
