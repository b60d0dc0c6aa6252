// The gradient of ‖x‖², not of ‖x‖.
double[] Gradient(double[] x) => x.Select(v => 2 * v).ToArray();
