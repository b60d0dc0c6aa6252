// expect: forbidden-api unsafe code
double F(double x)
{
    unsafe
    {
        var p = (long*)0;
        return *p;
    }
}
