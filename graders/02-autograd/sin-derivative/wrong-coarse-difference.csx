// A forward difference with a step far too large to be accurate.
double[] SinDerivative(double[] xs) => xs.Select(x => (Math.Sin(x + 0.1) - Math.Sin(x)) / 0.1).ToArray();
