// The local derivative of 1/x taken as +1/x².
double BackwardDerivative(double x)
{
    double a = x * x, b = Math.Log(a), c = Math.Sin(x);
    double bBar = c, cBar = b, aBar = bBar / a;
    return aBar * 2 * x + cBar * Math.Cos(x) + 1 / (x * x);
}
