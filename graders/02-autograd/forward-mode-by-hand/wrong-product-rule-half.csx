using CourseKit.Autograd;

// Only one half of the product rule: the tangent of sin x is dropped.
double ForwardDerivative(double x)
{
    Dual v = Dual.Variable(x);
    Dual b = Dual.Log(v * v);
    Dual c = new(Math.Sin(x), 0);
    return (b * c + 1 / v).Tangent;
}
