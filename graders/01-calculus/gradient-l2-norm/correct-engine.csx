using CourseKit.Autograd;

double[] Gradient(double[] x)
{
    var t = Tensor.FromArray(x, requiresGrad: true);
    t.Square().Sum().Sqrt().Backward();
    return t.Grad!.ToArray();
}
