// expect: forbidden-api System.Type
// expect-ungated: threw
double F(double x)
{
    var type = Type.GetType("System.Net.Http.HttpClient, System.Net.Http")!;
    var client = Activator.CreateInstance(type)!;
    var get = type.GetMethod("GetStringAsync", new[] { typeof(string) })!;
    var task = (System.Threading.Tasks.Task<string>)get.Invoke(client, new object[] { "http://1.1.1.1/" })!;
    return task.GetAwaiter().GetResult().Length;
}
