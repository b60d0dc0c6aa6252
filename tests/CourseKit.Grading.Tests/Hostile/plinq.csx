// expect: forbidden-api System.Linq.ParallelEnumerable
double F(double x) => Enumerable.Range(0, 10).AsParallel().Sum() * x;
