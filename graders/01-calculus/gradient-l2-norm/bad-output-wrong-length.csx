// Returns the norm itself instead of a vector.
double[] Gradient(double[] x) => [Math.Sqrt(x.Sum(v => v * v))];
