double Derivative(double x) => Math.Pow(x, 3);
