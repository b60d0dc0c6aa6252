// The derivative of 1/x taken as +1/x².
double ForwardDerivative(double x) =>
    2 / x * Math.Sin(x) + Math.Log(x * x) * Math.Cos(x) + 1 / (x * x);
