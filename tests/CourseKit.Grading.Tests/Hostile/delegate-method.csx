// expect: forbidden-api System.Delegate
Func<double, double> f = Math.Sin;

double F(double x) => f.Method.Name.Length;
