// Composes the functions in the wrong order.
double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    1 / fInverse(fPrime(y));
