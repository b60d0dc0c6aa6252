// Differentiating f(f⁻¹(y)) = y gives f′(f⁻¹(y)) · (f⁻¹)′(y) = 1.
double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    1 / fPrime(fInverse(y));
