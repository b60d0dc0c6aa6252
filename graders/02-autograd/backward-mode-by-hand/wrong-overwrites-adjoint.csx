// Assigns x's adjoint from each path instead of adding: only the last path (through 1/x) survives.
double BackwardDerivative(double x)
{
    double a = x * x, b = Math.Log(a), c = Math.Sin(x);
    double bBar = c, cBar = b, aBar = bBar / a;
    double xBar;
    xBar = aBar * 2 * x;
    xBar = cBar * Math.Cos(x);
    xBar = -1 / (x * x);
    return xBar;
}
