// expect: forbidden-api System.Reflection.Assembly
double F(double x) => System.Reflection.Assembly.Load("System.Net.Http").GetTypes().Length;
