// exercise: gradient-quadratic-exp
// The power rule's factor 2 is forgotten: d/dx1 of 3 x1^2 written as 3 x1.
double[] Gradient(double[] x) => [3 * x[0], 5 * Math.Exp(x[1])];
