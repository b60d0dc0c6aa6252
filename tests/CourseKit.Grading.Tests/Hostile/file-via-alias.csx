// expect: forbidden-api System.IO.File
using Disk = System.IO.File;

double F(double x) => Disk.Exists("/etc/passwd") ? 1 : 0;
