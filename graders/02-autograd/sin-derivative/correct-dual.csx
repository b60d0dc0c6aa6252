using CourseKit.Autograd;

// Forward mode, one point at a time.
double[] SinDerivative(double[] xs) => xs.Select(x => ForwardMode.Derivative(Dual.Sin, x)).ToArray();
