using CourseKit.Autograd;

// Returns f, not f′.
double[] SinDerivative(double[] xs) => Tensor.FromArray(xs).Sin().ToArray();
