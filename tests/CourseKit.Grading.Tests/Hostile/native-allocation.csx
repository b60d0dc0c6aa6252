// expect: forbidden-api System.Runtime.InteropServices.Marshal
double F(double x)
{
    var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(new IntPtr(30L << 30));
    return p.ToInt64();
}
