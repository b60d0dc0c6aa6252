// expect: missing-entry F
double G(double x) => x;
