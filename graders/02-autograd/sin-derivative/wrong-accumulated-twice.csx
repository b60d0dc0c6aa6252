using CourseKit.Autograd;

// Backward twice without resetting: the gradients add up to 2 f′.
double[] SinDerivative(double[] xs)
{
    var x = Tensor.FromArray(xs, requiresGrad: true);
    var s = x.Sin().Sum();
    s.Backward(retainGraph: true);
    s.Backward();
    return x.Grad!.ToArray();
}
