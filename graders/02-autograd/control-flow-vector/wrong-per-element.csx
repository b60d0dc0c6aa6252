using CourseKit.Autograd;

Tensor F(Tensor a)
{
    var b = a * 2;
    while (b.Norm().Item() < 1000)
    {
        b = b * 2;
    }
    return b.Sum().Item() > 0 ? b : 100 * b;
}

// Runs F on each entry separately: the loop then looks at |a_i| instead of the whole vector's norm.
// Right for vectors of length 1 only.
double[] ControlFlowGradient(double[] a) =>
    a.Select(v =>
    {
        var t = Tensor.Scalar(v, requiresGrad: true);
        F(t).Backward();
        return t.Grad!.Item();
    }).ToArray();
