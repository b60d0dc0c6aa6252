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

// Returns F(a) itself, not its gradient.
double[] ControlFlowGradient(double[] a) => F(Tensor.FromArray(a)).ToArray();
