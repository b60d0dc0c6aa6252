double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    -1 / fPrime(fInverse(y));
