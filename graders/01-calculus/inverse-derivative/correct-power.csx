double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    Math.Pow(fPrime(fInverse(y)), -1);
