// expect: forbidden-api System.Console.ReadLine
double F(double x) => Console.ReadLine()?.Length ?? -1;
