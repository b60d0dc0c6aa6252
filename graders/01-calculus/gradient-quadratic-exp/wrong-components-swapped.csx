// The two partial derivatives in the wrong order.
double[] Gradient(double[] x) => [5 * Math.Exp(x[1]), 6 * x[0]];
