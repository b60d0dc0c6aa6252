// exercise: gradient-quadratic-exp
double[] Gradient(double[] x) => [6 * x[0], 5 * Math.Exp(x[1])];
