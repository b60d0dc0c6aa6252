// expect: forbidden-api unsafe code
unsafe double F(double x)
{
    double* p = &x;
    return *p;
}
