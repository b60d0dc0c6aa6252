// ∂u/∂a_j = Σ_i ∂u/∂x_i · ∂x_i/∂a_j: the gradient times the 3 × 2 matrix of inner derivatives.
double[] ChainRule(double[] gradU, double[,] jacobian)
{
    var result = new double[jacobian.GetLength(1)];
    for (int j = 0; j < result.Length; j++)
    {
        for (int i = 0; i < gradU.Length; i++)
        {
            result[j] += gradU[i] * jacobian[i, j];
        }
    }
    return result;
}
