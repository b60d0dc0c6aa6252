// exercise: gradient-l2-norm
double[] Gradient(double[] x)
{
    var norm = Math.Sqrt(x.Sum(v => v * v));
    return x.Select(v => v / norm).ToArray();
}
