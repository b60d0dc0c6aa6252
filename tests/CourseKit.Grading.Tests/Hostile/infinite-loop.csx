// expect: timeout call 1
double F(double x)
{
    while (true) { }
}
