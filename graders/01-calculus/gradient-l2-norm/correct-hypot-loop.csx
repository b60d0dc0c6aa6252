// The same formula with a plain loop, scaling first so that large entries cannot overflow.
double[] Gradient(double[] x)
{
    double scale = x.Max(Math.Abs);
    double sum = 0;
    foreach (var v in x)
    {
        sum += (v / scale) * (v / scale);
    }
    double norm = scale * Math.Sqrt(sum);
    var g = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        g[i] = x[i] / norm;
    }
    return g;
}
