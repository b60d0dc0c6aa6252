// Sums over the wrong index: one number per intermediate variable instead of one per input.
double[] ChainRule(double[] gradU, double[,] jacobian) =>
    Enumerable.Range(0, 3).Select(i => gradU[i] * (jacobian[i, 0] + jacobian[i, 1])).ToArray();
