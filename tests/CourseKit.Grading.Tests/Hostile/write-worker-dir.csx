// expect: forbidden-api System.IO.File
// expect-ungated: threw /worker/CourseKit.Grading.Worker.dll
double F(double x)
{
    System.IO.File.WriteAllText("/worker/CourseKit.Grading.Worker.dll", "overwritten");
    return 1;
}
