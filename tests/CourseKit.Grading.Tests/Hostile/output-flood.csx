// expect: timeout
// expect-truncated
double F(double x)
{
    var line = new string('x', 10_000);
    while (true)
    {
        Console.WriteLine(line);
    }
}
