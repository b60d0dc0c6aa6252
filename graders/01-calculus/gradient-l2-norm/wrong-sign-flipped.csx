double[] Gradient(double[] x)
{
    double norm = Math.Sqrt(x.Sum(v => v * v));
    return x.Select(v => -v / norm).ToArray();
}
