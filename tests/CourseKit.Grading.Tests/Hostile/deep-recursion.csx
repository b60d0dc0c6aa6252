// expect: crashed stack overflow
double F(double x) => 1 + F(x + 1);
