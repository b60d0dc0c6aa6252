// expect: forbidden-api System.Net.Sockets.TcpClient
// expect-ungated: threw
double F(double x)
{
    using var client = new System.Net.Sockets.TcpClient("1.1.1.1", 80);
    return 1;
}
