// expect: forbidden-api System.Threading.Thread
// expect-ungated: timeout
double F(double x)
{
    System.Threading.Thread.Sleep(100_000);
    return x;
}
