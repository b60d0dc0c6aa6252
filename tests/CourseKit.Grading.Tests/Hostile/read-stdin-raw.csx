// expect: forbidden-api System.Console.OpenStandardInput
// expect-ungated: returned -1
// After the handshake stdin is at its end: nothing of the request can be read twice.
double F(double x) => Console.OpenStandardInput().ReadByte();
