using CourseKit.Autograd;

// Let the engine do it: record f on a tensor and backpropagate.
double[] Gradient(double[] x)
{
    var t = Tensor.FromArray(x, requiresGrad: true);
    var f = 3 * t[0].Square() + 5 * t[1].Exp();
    f.Backward();
    return t.Grad!.ToArray();
}
