// expect: forbidden-api System.Runtime.InteropServices.Marshal
// expect-ungated: memory-limit
// Native memory that the managed heap limit never sees: 4 GB in 64 MB blocks, each written to.
double F(double x)
{
    var total = 0L;
    for (var block = 0; block < 64; block++)
    {
        var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(new IntPtr(64L << 20));
        System.Runtime.InteropServices.Marshal.WriteByte(p, (64 << 20) - 1, 1);
        total += 64L << 20;
    }

    return total;
}
