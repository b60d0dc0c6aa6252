// expect: forbidden-api System.IO.File
// expect-ungated: returned 1
double F(double x)
{
    // The jail's /tmp is its own tmpfs; nothing may appear in the host's /tmp.
    System.IO.File.WriteAllText("/tmp/coursekit-hostile-written", "x");
    return 1;
}
