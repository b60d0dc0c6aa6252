using CourseKit.Autograd;

double[] SinDerivative(double[] xs)
{
    var x = Tensor.FromArray(xs, requiresGrad: true);
    (-x.Sin()).Sum().Backward();
    return x.Grad!.ToArray();
}
