// Evaluates f′ at y instead of at f⁻¹(y).
double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y) =>
    1 / fPrime(y);
