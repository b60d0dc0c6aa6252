// The exponential rule used with a variable base: x^x log x, missing the power-rule term.
double Derivative(double x) => Math.Pow(x, x) * Math.Log(x);
