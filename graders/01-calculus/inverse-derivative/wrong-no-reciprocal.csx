// The slope of f, not of its inverse.
double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    fPrime(fInverse(y));
