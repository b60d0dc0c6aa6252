// The derivative of the exponent only, without the outer e^{x log x} from the chain rule.
double Derivative(double x) => Math.Log(x) + 1;
