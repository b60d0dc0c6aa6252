// expect: forbidden-api System.Threading.Thread
// expect-ungated: returned 1
double F(double x)
{
    new System.Threading.Thread(() => { while (true) { } }) { IsBackground = false }.Start();
    return 1;
}
