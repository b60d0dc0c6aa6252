// d√u/du = 1/(2√u) used without the 2 from ∇u = 2x, or the other way round: off by a factor of 2.
double[] Gradient(double[] x)
{
    double norm = Math.Sqrt(x.Sum(v => v * v));
    return x.Select(v => v / (2 * norm)).ToArray();
}
