// expect: forbidden-api dynamic
double F(double x)
{
    dynamic d = x;
    return d + 1;
}
