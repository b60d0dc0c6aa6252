// expect: forbidden-api System.Console.SetOut
double F(double x)
{
    Console.SetOut(System.IO.TextWriter.Null);
    return x;
}
