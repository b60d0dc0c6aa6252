// Divides by ‖x‖² instead of ‖x‖.
double[] Gradient(double[] x)
{
    double squared = x.Sum(v => v * v);
    return x.Select(v => v / squared).ToArray();
}
