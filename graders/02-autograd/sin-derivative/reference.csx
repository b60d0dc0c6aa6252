using CourseKit.Autograd;

// Each y_i depends only on x_i, so the gradient of the sum holds every derivative.
double[] SinDerivative(double[] xs)
{
    var x = Tensor.FromArray(xs, requiresGrad: true);
    x.Sin().Sum().Backward();
    return x.Grad!.ToArray();
}
