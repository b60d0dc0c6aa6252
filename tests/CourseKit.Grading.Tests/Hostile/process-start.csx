// expect: forbidden-api System.Diagnostics.Process
// expect-ungated: returned 1
double F(double x)
{
    // Inside the jail this writes to the jail's own /tmp; the test asserts the host's /tmp has no such file.
    System.Diagnostics.Process.Start("/bin/sh", "-c \"echo pwned > /tmp/coursekit-hostile-pwned\"")!.WaitForExit();
    return 1;
}
