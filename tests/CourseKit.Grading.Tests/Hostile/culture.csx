// expect: forbidden-api System.Globalization.CultureInfo
// expect-ungated: returned 1.5
double F(double x)
{
    try
    {
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
    }
    catch (System.Globalization.CultureNotFoundException)
    {
    }

    return double.Parse("1.5");
}
