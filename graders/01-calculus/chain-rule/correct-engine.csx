using CourseKit.Autograd;

// As a vector–matrix product on the engine: gradUᵀ J.
double[] ChainRule(double[] gradU, double[,] jacobian) =>
    Tensor.FromArray(gradU).MatMul(Tensor.FromArray(jacobian)).ToArray();
