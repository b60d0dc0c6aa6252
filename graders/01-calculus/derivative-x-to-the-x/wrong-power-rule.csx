// The power rule used with a variable exponent: x · x^{x−1} = x^x, missing the log term.
double Derivative(double x) => x * Math.Pow(x, x - 1);
