// Returns the common factor k once, instead of once per entry of a.
double[] ControlFlowGradient(double[] a)
{
    double k = 2;
    double norm = Math.Sqrt(a.Sum(v => v * v));
    while (k * norm < 1000)
    {
        k *= 2;
    }
    return [k * a.Sum() > 0 ? k : 100 * k];
}
