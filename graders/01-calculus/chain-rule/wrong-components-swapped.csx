// Returns [∂u/∂b, ∂u/∂a].
double[] ChainRule(double[] gradU, double[,] jacobian)
{
    double a = 0, b = 0;
    for (int i = 0; i < 3; i++)
    {
        a += gradU[i] * jacobian[i, 0];
        b += gradU[i] * jacobian[i, 1];
    }
    return [b, a];
}
