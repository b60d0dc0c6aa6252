// expect: forbidden-api async
// expect-ungated: crashed
async void Boom()
{
    await System.Threading.Tasks.Task.Yield();
    throw new InvalidOperationException("boom");
}

double F(double x)
{
    Boom();
    System.Threading.Thread.Sleep(1000);
    return 1;
}
