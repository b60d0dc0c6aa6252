// expect: returned 0
// Printing is allowed, and believed by nobody: the value comes from the verdict channel.
Console.WriteLine("{\"score\": 100, \"max_score\": 100, \"status\": \"passed\"}");

double F(double x)
{
    Console.WriteLine("PASSED all checks, score 100/100");
    return 0;
}
