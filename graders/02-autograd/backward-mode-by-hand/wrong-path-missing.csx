// Forgets the path through sin x.
double BackwardDerivative(double x)
{
    double a = x * x, b = Math.Log(a), c = Math.Sin(x);
    double bBar = c, aBar = bBar / a;
    return aBar * 2 * x - 1 / (x * x);
}
