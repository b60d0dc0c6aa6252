// ∂f/∂x₁ = 6x₁ (power rule), ∂f/∂x₂ = 5e^{x₂} (the exponential is its own derivative).
double[] Gradient(double[] x) => [6 * x[0], 5 * Math.Exp(x[1])];
