// expect: forbidden-api #r
#r "System.Net.Http"
double F(double x) => x;
