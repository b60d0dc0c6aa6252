// exercise: derivative-x-to-the-x
double Derivative(double x) => x * Math.Pow(x, x - 1);
