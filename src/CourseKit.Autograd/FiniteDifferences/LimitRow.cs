namespace CourseKit.Autograd;

/// <summary>One row of the numerical-limit experiment: a step size and the difference quotient it gives.</summary>
/// <param name="Step">The step h.</param>
/// <param name="Quotient">(f(x + h) − f(x)) / h.</param>
public readonly record struct LimitRow(double Step, double Quotient);
