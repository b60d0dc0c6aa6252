// The value of f⁻¹, not its derivative.
double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    fInverse(y);
