// exercise: derivative-x-to-the-x
double Derivative(double x)
{
    return Math.Pow(x, x) * (Math.Log(x) + 1)
}
