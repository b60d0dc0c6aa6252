// expect: forbidden-api System.Environment
// expect-ungated: crashed FailFast
double F(double x)
{
    Environment.FailFast("all tests passed");
    return x;
}
