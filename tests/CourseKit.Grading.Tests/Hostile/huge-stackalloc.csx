// expect: crashed stack overflow
double F(double x)
{
    Span<double> s = stackalloc double[20_000_000];
    s[^1] = x;
    return s[0] + s[^1];
}
