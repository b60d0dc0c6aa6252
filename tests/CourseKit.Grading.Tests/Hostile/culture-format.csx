// input: 3
// expect: returned 1.5
// Allowed code sees the invariant culture, so parsing and printing numbers is the same everywhere.
double F(double x) => double.Parse((x / 2).ToString());
