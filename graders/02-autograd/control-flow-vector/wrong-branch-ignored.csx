// Counts the doublings but forgets the factor 100 of the other branch.
double[] ControlFlowGradient(double[] a)
{
    double k = 2;
    double norm = Math.Sqrt(a.Sum(v => v * v));
    while (k * norm < 1000)
    {
        k *= 2;
    }
    return a.Select(_ => k).ToArray();
}
