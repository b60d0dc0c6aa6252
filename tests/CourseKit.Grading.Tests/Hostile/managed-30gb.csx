// expect: memory-limit
double F(double x)
{
    var hoard = new List<double[]>();
    for (long i = 0; i < 30L * 1024 * 1024 * 1024 / (8 << 20); i++)
    {
        hoard.Add(new double[1 << 20]);
    }

    return hoard.Count;
}
