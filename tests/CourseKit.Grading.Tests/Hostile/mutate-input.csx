// entry: double F(double[])
// input: 1,2,3; 1,2,3
// expect: returned 6
double[]? seen;

double F(double[] x)
{
    var sum = x.Sum();
    x[0] = 1e9;
    if (seen is not null)
    {
        seen[1] = -1e9;
    }

    seen = x;
    return sum;
}
