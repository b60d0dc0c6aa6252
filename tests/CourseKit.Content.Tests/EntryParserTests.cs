using CourseKit.Content.Loading;
using CourseKit.Content.Model;

namespace CourseKit.Content.Tests;

public class EntryParserTests
{
    [Theory]
    [InlineData("double Derivative(double x)", "double Derivative(double x)")]
    [InlineData("double[] Gradient(double[] x)", "double[] Gradient(double[] x)")]
    [InlineData("  double[,]   Jacobian( double [] x ) ;", "double[,] Jacobian(double[] x)")]
    [InlineData("double InverseDerivative(Func<double,double> fPrime, System.Func<double, double> fInverse, double y)",
        "double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y)")]
    [InlineData("ScottPlot.Plot Plot()", "ScottPlot.Plot Plot()")]
    [InlineData("Plot Draw(string title, int n)", "ScottPlot.Plot Draw(string title, int n)")]
    public void Well_formed_signatures_parse(string text, string canonical)
    {
        var (signature, error) = EntryParser.Parse(text);
        Assert.Null(error);
        Assert.Equal(canonical, signature!.ToString());
    }

    [Fact]
    public void Parameters_keep_their_types_and_names()
    {
        var signature = EntryParser.Parse("double[] ChainRule(double[] gradU, double[,] jacobian)").Signature!;
        Assert.Equal(EntryType.DoubleArray, signature.ReturnType);
        Assert.Equal("ChainRule", signature.Name);
        Assert.Equal([new EntryParameter(EntryType.DoubleArray, "gradU"), new EntryParameter(EntryType.DoubleMatrix, "jacobian")], signature.Parameters);
    }

    [Theory]
    [InlineData("double Derivative(double x", 26, false)]
    [InlineData("float Derivative(float x)", 0, true)]
    [InlineData("double (double x)", 7, false)]
    [InlineData("double class(double x)", 7, false)]
    [InlineData("double F(double x, double x)", 26, false)]
    [InlineData("double F(double x) extra", 19, false)]
    [InlineData("List<double> F()", 0, true)]
    [InlineData("double F(double[ x)", 9, false)]
    [InlineData("", 0, false)]
    public void Malformed_signatures_report_where(string text, int offset, bool unsupported)
    {
        var (signature, error) = EntryParser.Parse(text);
        Assert.Null(signature);
        Assert.Equal(offset, error!.Offset);
        Assert.Equal(unsupported, error.UnsupportedType);
    }
}
