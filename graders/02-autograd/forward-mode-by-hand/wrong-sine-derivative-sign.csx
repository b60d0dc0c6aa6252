using CourseKit.Autograd;

// The tangent of sin x carried with the wrong sign, as if (sin x)′ were −cos x.
double ForwardDerivative(double x)
{
    Dual v = Dual.Variable(x);
    Dual c = new(Math.Sin(x), -Math.Cos(x));
    return (Dual.Log(v * v) * c + 1 / v).Tangent;
}
