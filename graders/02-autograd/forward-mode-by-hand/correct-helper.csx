using CourseKit.Autograd;

double ForwardDerivative(double x) =>
    ForwardMode.Derivative(v => Dual.Log(Dual.Square(v)) * Dual.Sin(v) + Dual.Pow(v, -1), x);
