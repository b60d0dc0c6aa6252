// expect: memory-limit|threw
double F(double x)
{
    var a = new double[int.MaxValue - 64];
    return a.Length;
}
