using CourseKit.Autograd;

// Forward mode along the dependency graph: each intermediate carries its derivative with respect to x.
double ForwardDerivative(double x)
{
    Dual v = Dual.Variable(x);
    Dual a = v * v;          // a = x²
    Dual b = Dual.Log(a);    // b = log a
    Dual c = Dual.Sin(v);    // c = sin x
    Dual d = b * c;          // d = b·c
    Dual e = 1 / v;          // e = 1/x
    Dual f = d + e;
    return f.Tangent;
}
