// exercise: gradient-quadratic-exp
// The two partial derivatives in each other's place.
double[] Gradient(double[] x) => [5 * Math.Exp(x[1]), 6 * x[0]];
