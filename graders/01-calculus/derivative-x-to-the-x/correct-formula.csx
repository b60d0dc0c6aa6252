// x^x = e^{x log x}, so (x^x)′ = e^{x log x} · (log x + 1) = x^x (log x + 1).
double Derivative(double x) => Math.Pow(x, x) * (Math.Log(x) + 1);
