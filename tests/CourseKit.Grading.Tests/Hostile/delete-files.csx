// expect: forbidden-api System.IO.File
// expect-ungated: threw
double F(double x)
{
    System.IO.File.Delete("/tmp/coursekit-hostile-graders/reference.csx");
    System.IO.Directory.Delete("/tmp/coursekit-hostile-graders", recursive: true);
    return 1;
}
