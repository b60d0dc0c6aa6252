// F(a) = k·a for one number k (the doublings, times 100 when the sum is not positive),
// so the gradient of sum(F(a)) is k in every component. Computed without the engine.
double[] ControlFlowGradient(double[] a)
{
    double k = 2;
    double norm = Math.Sqrt(a.Sum(v => v * v));
    while (k * norm < 1000)
    {
        k *= 2;
    }
    if (k * a.Sum() <= 0)
    {
        k *= 100;
    }
    return a.Select(_ => k).ToArray();
}
