// A tiny tape: each record keeps its inputs and local derivatives; the sweep walks it backwards.
double BackwardDerivative(double x)
{
    var values = new List<double> { x };
    var parents = new List<(int Node, double Local)[]> { Array.Empty<(int, double)>() };
    int Push(double value, params (int Node, double Local)[] inputs)
    {
        values.Add(value);
        parents.Add(inputs);
        return values.Count - 1;
    }

    int a = Push(x * x, (0, 2 * x));
    int b = Push(Math.Log(values[a]), (a, 1 / values[a]));
    int c = Push(Math.Sin(x), (0, Math.Cos(x)));
    int d = Push(values[b] * values[c], (b, values[c]), (c, values[b]));
    int e = Push(1 / x, (0, -1 / (x * x)));
    int f = Push(values[d] + values[e], (d, 1), (e, 1));

    var adjoint = new double[values.Count];
    adjoint[f] = 1;
    for (int node = f; node > 0; node--)
    {
        foreach (var (input, local) in parents[node])
        {
            adjoint[input] += adjoint[node] * local;
        }
    }
    return adjoint[0];
}
