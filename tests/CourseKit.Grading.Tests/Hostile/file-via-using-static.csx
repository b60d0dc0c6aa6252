// expect: forbidden-api System.IO.File
using static System.IO.File;

double F(double x) => ReadAllText("/etc/passwd").Length;
