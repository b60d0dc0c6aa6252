// expect: forbidden-api System.IO.File
// expect-ungated: threw System.IO.DirectoryNotFoundException
// The test puts a fake reference solution at this path on the host; the jail must not show it.
double F(double x) => System.IO.File.ReadAllText("/tmp/coursekit-hostile-graders/reference.csx").Length;
