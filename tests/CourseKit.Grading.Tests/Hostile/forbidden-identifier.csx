// forbid: Cos
// expect: forbidden-api Cos is not allowed in this exercise
double F(double x) => Math.Cos(x);
