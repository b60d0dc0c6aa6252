// expect: forbidden-api System.Diagnostics.Process
// expect-ungated: threw|crashed|timeout
double F(double x)
{
    for (var i = 0; i < 100_000; i++)
    {
        System.Diagnostics.Process.Start("/bin/sleep", "60");
    }

    return 1;
}
