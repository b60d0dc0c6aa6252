using CourseKit.Autograd;

double Derivative(double x)
{
    var t = Tensor.Scalar(x, requiresGrad: true);
    (t * t.Log()).Exp().Backward();
    return t.Grad!.Item();
}
