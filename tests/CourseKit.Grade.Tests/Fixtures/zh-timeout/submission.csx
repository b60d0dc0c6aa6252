// exercise: derivative-x-to-the-x
double Derivative(double x)
{
    while (true) { }
}
