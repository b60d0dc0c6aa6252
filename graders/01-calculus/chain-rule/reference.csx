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

// One random composition u(x(a, b), y(a, b), z(a, b)) at a random point (a, b). The learner gets what the engine
// says of the parts, ∂u/∂(x, y, z) and the 3 × 2 Jacobian ∂(x, y, z)/∂(a, b); the truth is the engine's gradient of
// the whole composite, so an answer is judged against calculus, not against the formula above.
(object[] Arguments, double[] Truth) Draw(Random random)
{
    double Coefficient() => Math.Round(4 * random.NextDouble() - 2, 2);
    Func<Tensor, Tensor> Smooth() => random.Next(5) switch
    {
        0 => t => t.Sin(),
        1 => t => t.Tanh(),
        2 => t => (t * 0.5).Exp(),
        3 => t => t.Square(),
        _ => t => t.Cos(),
    };

    // Inner functions s(c₁a + c₂b) + c₃ab, each with its own s and coefficients.
    var inner = new Func<Tensor, Tensor, Tensor>[3];
    for (var i = 0; i < 3; i++)
    {
        var (s, c1, c2, c3) = (Smooth(), Coefficient(), Coefficient(), Coefficient());
        inner[i] = (a, b) => s(a * c1 + b * c2) + a * b * c3;
    }

    // The outer function mixes its three arguments, so no partial derivative is trivially zero.
    var (t1, t2, k) = (Smooth(), Smooth(), Coefficient());
    Tensor Outer(Tensor x, Tensor y, Tensor z) => t1(x) * y + t2(y + z) + z.Square() * k;

    var a0 = Math.Round(2 * random.NextDouble() - 1, 3);
    var b0 = Math.Round(2 * random.NextDouble() - 1, 3);

    var a = Tensor.Scalar(a0, requiresGrad: true);
    var b = Tensor.Scalar(b0, requiresGrad: true);
    Outer(inner[0](a, b), inner[1](a, b), inner[2](a, b)).Backward();
    double[] truth = [a.Grad!.Item(), b.Grad!.Item()];

    var jacobian = new double[3, 2];
    var values = new double[3];
    for (var i = 0; i < 3; i++)
    {
        var ai = Tensor.Scalar(a0, requiresGrad: true);
        var bi = Tensor.Scalar(b0, requiresGrad: true);
        var xi = inner[i](ai, bi);
        values[i] = xi.Item();
        xi.Backward();
        jacobian[i, 0] = ai.Grad!.Item();
        jacobian[i, 1] = bi.Grad!.Item();
    }

    var x = Tensor.Scalar(values[0], requiresGrad: true);
    var y = Tensor.Scalar(values[1], requiresGrad: true);
    var z = Tensor.Scalar(values[2], requiresGrad: true);
    Outer(x, y, z).Backward();
    double[] gradU = [x.Grad!.Item(), y.Grad!.Item(), z.Grad!.Item()];

    return ([gradU, jacobian], truth);
}
