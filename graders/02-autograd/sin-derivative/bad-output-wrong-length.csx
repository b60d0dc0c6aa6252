using CourseKit.Autograd;

// Only the first point.
double[] SinDerivative(double[] xs)
{
    var x = Tensor.Scalar(xs[0], requiresGrad: true);
    x.Sin().Backward();
    return [x.Grad!.Item()];
}
