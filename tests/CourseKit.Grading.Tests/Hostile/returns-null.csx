// entry: double[] F(double[])
// input: 1,2
// expect: bad-output null
double[] F(double[] x) => null!;
