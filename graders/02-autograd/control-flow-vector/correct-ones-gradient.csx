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

// Backward with a gradient of ones is the gradient of the sum.
double[] ControlFlowGradient(double[] a)
{
    var t = Tensor.FromArray(a, requiresGrad: true);
    var d = F(t);
    d.Backward(gradient: Tensor.OnesLike(d));
    return t.Grad!.ToArray();
}
