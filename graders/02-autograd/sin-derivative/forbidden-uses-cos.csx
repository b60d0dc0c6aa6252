// Uses the known answer instead of automatic differentiation.
double[] SinDerivative(double[] xs) => xs.Select(Math.Cos).ToArray();
