// expect: forbidden-api System.Threading.Thread
// expect-ungated: threw|crashed|timeout|memory-limit
double F(double x)
{
    for (var i = 0; i < 100_000; i++)
    {
        new System.Threading.Thread(() => System.Threading.Thread.Sleep(-1)).Start();
    }

    return 1;
}
