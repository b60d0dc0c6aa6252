// The power rule applied to e^{x₂}, as if it were x₂ raised to a constant.
double[] Gradient(double[] x) => [6 * x[0], 5 * x[1] * Math.Exp(x[1] - 1)];
