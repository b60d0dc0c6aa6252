namespace CourseKit.Autograd;

/// <summary>A numerical derivative together with how far it may be from the truth.</summary>
/// <param name="Value">The estimated derivative.</param>
/// <param name="Error">An estimate of the absolute error of <paramref name="Value"/>.</param>
/// <param name="Evaluations">How many times the function was evaluated to obtain it.</param>
public readonly record struct DerivativeEstimate(double Value, double Error, int Evaluations);
