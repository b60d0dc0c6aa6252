// expect: forbidden-api System.Object.GetType
double F(double x) => x.GetType().Name.Length;
