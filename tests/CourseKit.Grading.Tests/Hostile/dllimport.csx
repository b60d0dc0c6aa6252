// expect: forbidden-api attributes
[System.Runtime.InteropServices.DllImport("libc")]
static extern int getpid();

double F(double x) => getpid();
