// expect: forbidden-api System.Environment
// expect-ungated: crashed exited early with code
double F(double x)
{
    Environment.Exit(0);
    return x;
}
