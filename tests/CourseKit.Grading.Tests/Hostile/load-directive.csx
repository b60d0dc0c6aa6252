// expect: forbidden-api #load
#load "/tmp/coursekit-hostile-graders/reference.csx"
double F(double x) => x;
