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

double[] ControlFlowGradient(double[] a)
{
    var t = Tensor.FromArray(a, requiresGrad: true);
    F(t).Sum().Backward();
    return t.Grad!.ToArray();
}
