double Derivative(double x) => x * x - 2;
