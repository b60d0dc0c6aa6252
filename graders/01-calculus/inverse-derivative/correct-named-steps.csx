double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y)
{
    double x = fInverse(y);      // the point whose image is y
    double slope = fPrime(x);    // the slope of f there
    return 1 / slope;            // the inverse's graph is f's mirrored in y = x, so its slope is the reciprocal
}
