// expect: timeout top-level
var spin = 0L;
while (true) { spin++; }
double F(double x) => x;
