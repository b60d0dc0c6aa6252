// expect: forbidden-api System.Linq.Expressions.Expression
double F(double x)
{
    System.Linq.Expressions.Expression<Func<double, double>> e = y => y * 2;
    return e.Compile()(x);
}
