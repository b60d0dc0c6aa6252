using ScottPlot;

namespace CourseKit.Plotting.Tests;

/// <summary>The figures the course draws, built once so several tests can look at them.</summary>
internal static class Recipes
{
    internal static double F(double x) => 3 * x * x - 4 * x;

    /// <summary>f(x) = 3x² − 4x and its tangent at x = 1, as the calculus chapter draws them.</summary>
    internal static Plot TangentLine(out double[] x, out double[] tangent)
    {
        x = Enumerable.Range(0, 30).Select(i => i * 0.1).ToArray();
        // Slope from the derivative written out, 6x − 4, at x = 1: the tangent is f(1) + f'(1)(x − 1).
        const double at = 1, slope = 6 * at - 4;
        double[] y = x.Select(F).ToArray();
        tangent = x.Select(v => F(at) + slope * (v - at)).ToArray();
        return Figures.Plot(x, [y, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
    }

    /// <summary>Saves a recipe's SVG, and a PNG of the same figure for eyes without an SVG viewer, under the test output.</summary>
    internal static string Save(string name, Plot plot, string svg)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "figures");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name + ".svg");
        File.WriteAllText(path, svg);
        var size = Figures.CurrentFigsize;
        plot.SavePng(Path.ChangeExtension(path, ".png"), size.PixelWidth, size.PixelHeight);
        return path;
    }
}
