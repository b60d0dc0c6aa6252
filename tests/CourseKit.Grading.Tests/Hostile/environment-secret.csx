// expect: forbidden-api System.Environment
// expect-ungated: returned -1
// The test sets COURSEKIT_FAKE_SECRET in the grading process; the worker's environment must not have it.
double F(double x) => Environment.GetEnvironmentVariable("COURSEKIT_FAKE_SECRET")?.Length ?? -1;
