using CourseKit.Autograd;

// The input is seeded as a constant (tangent 0), so every tangent stays 0.
double ForwardDerivative(double x)
{
    Dual v = Dual.Constant(x);
    return (Dual.Log(v * v) * Dual.Sin(v) + 1 / v).Tangent;
}
