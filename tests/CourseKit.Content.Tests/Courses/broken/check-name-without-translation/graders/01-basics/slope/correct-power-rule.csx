double Derivative(double x) => 2 * x;
