// expect: forbidden-api System.Reflection
double F(double x)
{
    var m = typeof(Math).Assembly;
    return m.GetTypes().Length;
}
