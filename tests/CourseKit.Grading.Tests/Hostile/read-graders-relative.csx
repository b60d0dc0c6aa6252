// expect: forbidden-api System.IO.File
// expect-ungated: threw
double F(double x) => System.IO.File.ReadAllText("graders/reference.csx").Length
    + System.IO.File.ReadAllText("../graders/reference.csx").Length;
