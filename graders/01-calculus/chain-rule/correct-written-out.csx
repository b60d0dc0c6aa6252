// Every term written out, as on paper.
double[] ChainRule(double[] gradU, double[,] jacobian)
{
    double dudx = gradU[0], dudy = gradU[1], dudz = gradU[2];
    double dudA = dudx * jacobian[0, 0] + dudy * jacobian[1, 0] + dudz * jacobian[2, 0];
    double dudB = dudx * jacobian[0, 1] + dudy * jacobian[1, 1] + dudz * jacobian[2, 1];
    return [dudA, dudB];
}
