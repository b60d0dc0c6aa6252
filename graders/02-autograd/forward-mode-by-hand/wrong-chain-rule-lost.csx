// d/dx log(x²) taken as 1/x², forgetting the inner derivative 2x.
double ForwardDerivative(double x) =>
    Math.Sin(x) / (x * x) + Math.Log(x * x) * Math.Cos(x) - 1 / (x * x);
