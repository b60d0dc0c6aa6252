// Tests the norm after doubling instead of before, so the loop always doubles once more than F does.
double[] ControlFlowGradient(double[] a)
{
    double k = 2;
    double norm = Math.Sqrt(a.Sum(v => v * v));
    do
    {
        k *= 2;
    }
    while (k * norm < 2000);
    if (k * a.Sum() <= 0)
    {
        k *= 100;
    }
    return a.Select(_ => k).ToArray();
}
