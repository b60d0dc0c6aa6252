double[] Gradient(double[] x) => x;
