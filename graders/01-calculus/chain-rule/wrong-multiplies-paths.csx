// Multiplies the three paths' contributions instead of adding them.
double[] ChainRule(double[] gradU, double[,] jacobian)
{
    double a = 1, b = 1;
    for (int i = 0; i < 3; i++)
    {
        a *= gradU[i] * jacobian[i, 0];
        b *= gradU[i] * jacobian[i, 1];
    }
    return [a, b];
}
