// Multiplies by a instead of dividing by it at the log node.
double BackwardDerivative(double x)
{
    double a = x * x, b = Math.Log(a), c = Math.Sin(x);
    double bBar = c, cBar = b, aBar = bBar * a;
    return aBar * 2 * x + cBar * Math.Cos(x) - 1 / (x * x);
}
