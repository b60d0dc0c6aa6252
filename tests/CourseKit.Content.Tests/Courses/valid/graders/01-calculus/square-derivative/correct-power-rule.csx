double Derivative(double x) => 3 * x * x - 2;
