// expect: forbidden-api finalizer
// expect-ungated: returned 1
class Immortal
{
    ~Immortal()
    {
        while (true) { }
    }
}

double F(double x)
{
    for (var i = 0; i < 1000; i++)
    {
        _ = new Immortal();
    }

    return 1;
}
