// Follows only the path through x and forgets y and z.
double[] ChainRule(double[] gradU, double[,] jacobian) =>
    [gradU[0] * jacobian[0, 0], gradU[0] * jacobian[0, 1]];
