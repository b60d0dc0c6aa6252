// Forward: keep every intermediate value. Backward: pass adjoints from f back to x.
double BackwardDerivative(double x)
{
    double a = x * x;          // a = x²
    double b = Math.Log(a);    // b = log a
    double c = Math.Sin(x);    // c = sin x
    double d = b * c;          // d = b·c
    double e = 1 / x;          // e = 1/x
    // f = d + e

    double fBar = 1;
    double dBar = fBar;                      // ∂f/∂d
    double eBar = fBar;                      // ∂f/∂e
    double bBar = dBar * c;                  // ∂d/∂b = c
    double cBar = dBar * b;                  // ∂d/∂c = b
    double aBar = bBar / a;                  // ∂b/∂a = 1/a
    double xBar = 0;
    xBar += aBar * 2 * x;                    // through a = x²
    xBar += cBar * Math.Cos(x);              // through c = sin x
    xBar += eBar * (-1 / (x * x));           // through e = 1/x
    return xBar;
}
