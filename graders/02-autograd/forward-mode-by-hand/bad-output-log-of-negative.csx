using CourseKit.Autograd;

// log x² rewritten as 2 log x, which is NaN for negative x.
double ForwardDerivative(double x)
{
    Dual v = Dual.Variable(x);
    return (2 * Dual.Log(v) * Dual.Sin(v) + 1 / v).Tangent;
}
