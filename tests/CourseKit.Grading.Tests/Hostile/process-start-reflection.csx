// expect: forbidden-api System.Type
double F(double x)
{
    var t = Type.GetType("System.Diagnostics.Process, System.Diagnostics.Process");
    t!.GetMethod("Start", new[] { typeof(string) })!.Invoke(null, new object[] { "/bin/sh" });
    return 1;
}
