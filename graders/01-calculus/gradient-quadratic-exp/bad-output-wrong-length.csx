// Only the first partial derivative.
double[] Gradient(double[] x) => [6 * x[0]];
