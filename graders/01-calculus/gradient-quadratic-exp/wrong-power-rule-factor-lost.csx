// (x₁²)′ taken as x₁: the power rule's factor 2 is lost.
double[] Gradient(double[] x) => [3 * x[0], 5 * Math.Exp(x[1])];
