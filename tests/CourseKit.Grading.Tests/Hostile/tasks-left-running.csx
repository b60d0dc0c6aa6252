// expect: forbidden-api System.Threading.Tasks.Task
// expect-ungated: returned 1
double F(double x)
{
    System.Threading.Tasks.Task.Run(() => { while (true) { } });
    return 1;
}
