// log x − 1 instead of log x + 1.
double Derivative(double x) => Math.Pow(x, x) * (Math.Log(x) - 1);
