using CourseKit.Autograd;

double[] SinDerivative(double[] xs)
{
    var x = Tensor.FromArray(xs, requiresGrad: true);
    var y = x.Sin();
    y.Backward(gradient: Tensor.OnesLike(y));
    return x.Grad!.ToArray();
}
