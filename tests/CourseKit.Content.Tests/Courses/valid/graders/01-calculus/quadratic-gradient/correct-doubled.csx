double[] Gradient(double[] x) => x.Select(v => 2 * v).ToArray();
