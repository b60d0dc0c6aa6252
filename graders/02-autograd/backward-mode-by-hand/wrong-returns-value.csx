// Returns f(x) from the forward pass and never sweeps back.
double BackwardDerivative(double x) => Math.Log(x * x) * Math.Sin(x) + 1 / x;
