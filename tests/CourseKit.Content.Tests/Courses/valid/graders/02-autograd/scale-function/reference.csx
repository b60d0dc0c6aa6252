double[] Scale(double[] a, double factor) => a.Select(v => v * factor).ToArray();
