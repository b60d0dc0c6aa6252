// exercise: derivative-x-to-the-x
double Derivativ(double x) => Math.Pow(x, x) * (Math.Log(x) + 1);
