using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CourseKit.Autograd;
using CourseKit.Content.Model;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Judges what a learner's plot shows (plain data read by the worker) against the reference f: one series must lie
/// on f, one must be the tangent line at <c>tangent_at</c>, both over a range containing <c>x_contains</c>, and the
/// decorations in <c>require</c> must be there. Each of those is its own check (<c>curve</c>, <c>tangent</c>,
/// <c>labels</c>), so a plot earns the points of what it gets right, and each failure says what to change.
/// </summary>
public static partial class PlotJudge
{
    /// <summary>The series on f.</summary>
    public const string Curve = "curve";

    /// <summary>The tangent line.</summary>
    public const string Tangent = "tangent";

    /// <summary>Axis labels, legend, title as required.</summary>
    public const string Labels = "labels";

    /// <summary>The check names a plot exercise may list.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = [Curve, Tangent, Labels];

    // A plot is drawn from numbers the learner computed, perhaps with Math.Pow where the reference multiplies: a
    // difference a reader could never see is no mistake, so tolerances never go below these.
    private const double MinRtol = 1e-4;
    private const double MinAtol = 1e-6;

    /// <summary>
    /// The checks of a plot exercise: its own <c>checks:</c> list (names from <see cref="CheckNames"/>); a single check of
    /// another name, which then judges the whole figure, all or nothing; or, without a list, <c>curve</c> and
    /// <c>tangent</c> two fifths of the points each and <c>labels</c> one fifth, leaving out what the exercise does not
    /// ask for. Returns an error text for a list with names it does not know.
    /// </summary>
    public static (IReadOnlyList<ExerciseCheck> Checks, string? Error) ChecksOf(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        // The loader stands in one `correct` check for an exercise that lists none: for a plot, that means the default split.
        IReadOnlyList<ExerciseCheck> listed = exercise.Checks is [{ Name: "correct" }] ? [] : exercise.Checks;
        if (listed.Count > 0)
        {
            var unknown = listed.FirstOrDefault(c => !CheckNames.Contains(c.Name));
            return unknown is null || listed.Count == 1
                ? (listed, null)
                : ([], $"plot exercises have the checks {string.Join(", ", CheckNames)} (or one check for the whole figure); `{unknown.Name}` is not one of them");
        }

        var expectations = exercise.Check.Plot;
        var weights = new List<(string Name, double Weight)> { (Curve, 2) };
        if (expectations?.TangentAt is not null)
        {
            weights.Add((Tangent, 2));
        }

        if (expectations?.Require.Count > 0)
        {
            weights.Add((Labels, 1));
        }

        // Rounded shares, the last one taking what is left, so the checks always add up to the exercise's points.
        var total = weights.Sum(w => w.Weight);
        var shares = weights.Select(w => Math.Round(exercise.Points * w.Weight / total, 2)).ToArray();
        shares[^1] = Math.Round(exercise.Points - shares[..^1].Sum(), 6);
        return ([.. weights.Select((w, i) => new ExerciseCheck(w.Name, shares[i], CheckVisibility.Visible, 0, []))], null);
    }

    /// <summary>Judges <paramref name="plot"/> for each of <paramref name="checks"/>.</summary>
    /// <param name="exercise">The exercise, for its plot expectations, tolerances and hints.</param>
    /// <param name="checks">From <see cref="ChecksOf"/>.</param>
    /// <param name="f">The reference function.</param>
    /// <param name="plot">What the learner's plot shows.</param>
    /// <param name="language">The language of the report: explanations, the exercise's own hints, check names.</param>
    public static IReadOnlyList<CheckReport> Judge(Exercise exercise, IReadOnlyList<ExerciseCheck> checks, Func<double, double> f, PlotData plot, string language)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(plot);
        var expectations = exercise.Check.Plot ?? new PlotExpectations(null, null, []);
        var tolerance = new Tolerance(Math.Max(exercise.Check.Rtol, MinRtol), Math.Max(exercise.Check.Atol, MinAtol));
        var curve = FindCurve(plot, f, tolerance);
        var hints = exercise.HintsIn(language);
        var text = ReportText.For(language);

        var reports = new List<CheckReport>(checks.Count);
        foreach (var check in checks)
        {
            (bool, string) Part(string name) => name switch
            {
                Curve => JudgeCurve(plot, f, tolerance, curve, expectations.XContains, text),
                Tangent => JudgeTangent(plot, f, tolerance, curve, expectations, text),
                _ => JudgeLabels(plot, expectations.Require, text),
            };

            var (passed, output) = CheckNames.Contains(check.Name)
                ? Part(check.Name)
                : Whole([.. CheckNames.Select(name => (text.CheckName(name), Part(name)))], text);
            if (!passed && check.Name != Labels)
            {
                output += string.Concat(hints.Select(h => "\n" + text.Hint(h.Trim())));
            }

            reports.Add(new CheckReport(check.Name, passed ? Verdict.Passed : Verdict.Wrong, passed ? check.Points : 0, check.Points, check.Visibility, passed ? "" : output, null)
            {
                Title = text.CheckName(check),
            });
        }

        return reports;
    }

    /// <summary>One check for the whole figure: it passes when every part does, and names each part that does not.</summary>
    private static (bool, string) Whole(List<(string Name, (bool Passed, string Text) Result)> parts, ReportText text)
    {
        var failed = parts.Where(p => !p.Result.Passed).ToList();
        return (failed.Count == 0, string.Join("\n", failed.Select(p => text.PlotPart(p.Name, p.Result.Text))));
    }

    /// <summary>
    /// The picture when it is safe to save and open: an SVG document with no script, no embedded HTML and no event
    /// handlers (the learner chose its texts); null otherwise.
    /// </summary>
    public static string? SafeSvg(string? svg)
    {
        if (svg is null || !svg.StartsWith("<svg", StringComparison.Ordinal) || Unsafe().IsMatch(svg))
        {
            return null;
        }

        return svg;
    }

    private static (bool, string) JudgeCurve(PlotData plot, Func<double, double> f, Tolerance tolerance, int curve, double? xContains, ReportText text)
    {
        if (curve >= 0)
        {
            return RangeMisses(plot.Series[curve], xContains, text) is { } miss
                ? (false, text.CurveOutOfRange(Describe(plot, curve, text), miss))
                : (true, "");
        }

        if (plot.Series.Count == 0)
        {
            return (false, text.PlotEmpty);
        }

        // The series closest to f (fewest points off it) is the one the learner most likely meant.
        var best = Enumerable.Range(0, plot.Series.Count)
            .Select(i => (Index: i, Points: PointsOnDomain(plot.Series[i], f)))
            .Where(c => c.Points.Count >= 2)
            .OrderBy(c => c.Points.Count(p => !tolerance.IsClose(p.Fx, p.Y)) / (double)c.Points.Count)
            .Select(c => ((int, List<(double X, double Y, double Fx)>)?)c)
            .FirstOrDefault();
        if (best is not var (index, points))
        {
            return (false, text.NoSeriesWhereFDefined(plot.Series.Count, Note(plot, text)));
        }

        var off = points.Where(p => !tolerance.IsClose(p.Fx, p.Y)).ToList();
        var first = off[0];
        var worstAbs = off.Max(p => Math.Abs(p.Y - p.Fx));
        var worstRel = off.Where(p => p.Fx != 0).Select(p => Math.Abs(p.Y - p.Fx) / Math.Abs(p.Fx)).DefaultIfEmpty(0).Max();
        var output = new StringBuilder();
        output.Append(text.ClosestSeries(Describe(plot, index, text))).Append('\n');
        output.Append("  ").Append(text.AtX(N(first.X))).Append('\n');
        output.Append("  ").Append(text.Expected(text.FOfX(N(first.Fx)))).Append('\n');
        output.Append("  ").Append(text.Got(N(first.Y))).Append('\n');
        output.Append("  ").Append(text.ErrorsOverPoints(worstAbs, worstRel, off.Count, points.Count)).Append('\n');
        output.Append(text.Hint(CurveHint(points, tolerance, text)));
        return (false, output.ToString());
    }

    private static string CurveHint(List<(double X, double Y, double Fx)> points, Tolerance tolerance, ReportText text)
    {
        if (points.All(p => tolerance.IsClose(-p.Fx, p.Y)))
        {
            return text.CurveNegated;
        }

        double numerator = 0, denominator = 0;
        foreach (var (_, y, fx) in points)
        {
            numerator += fx * y;
            denominator += fx * fx;
        }

        var factor = denominator > 0 ? numerator / denominator : double.NaN;
        if (double.IsFinite(factor) && Math.Abs(factor - 1) > 1e-3 && points.All(p => tolerance.IsClose(factor * p.Fx, p.Y)))
        {
            return text.CurveScaled(N(factor));
        }

        var onF = points.Count(p => tolerance.IsClose(p.Fx, p.Y));
        return onF > 0 ? text.CurveMeetsFAt(onF, points.Count) : text.CurveOtherFunction;
    }

    private static (bool, string) JudgeTangent(PlotData plot, Func<double, double> f, Tolerance tolerance, int curve, PlotExpectations expectations, ReportText text)
    {
        if (expectations.TangentAt is not { } a)
        {
            return (true, "");
        }

        var fa = f(a);
        var slope = FiniteDifference.Richardson(f, a).Value;
        var intercept = fa - (slope * a);
        var point = $"({N(a)}, {N(fa)})";
        var expected = text.TangentIs(N(a), N(slope), N(intercept), point);
        if (!double.IsFinite(fa) || !double.IsFinite(slope))
        {
            return (false, text.TangentNotFinite(N(a)));
        }

        bool OnLine(double x, double y, double m, double b) =>
            Math.Abs(y - (b + (m * x))) <= tolerance.Atol + (tolerance.Rtol * (Math.Abs(b + (m * x)) + Math.Abs(m * (x - a)) + Math.Abs(fa)));

        // A straight line on the tangent (the curve itself is never the tangent, even where it is nearly straight).
        for (var i = 0; i < plot.Series.Count; i++)
        {
            var points = Finite(plot.Series[i]);
            if (i != curve && points.Count >= 2 && points.All(p => OnLine(p.X, p.Y, slope, intercept)))
            {
                return RangeMisses(plot.Series[i], expectations.XContains ?? a, text) is { } miss
                    ? (false, text.TangentOutOfRange(Describe(plot, i, text), miss))
                    : (true, "");
            }
        }

        var lines = Enumerable.Range(0, plot.Series.Count)
            .Where(i => i != curve)
            .Select(i => (Index: i, Fit: FitLine(Finite(plot.Series[i]))))
            .Where(l => l.Fit is not null)
            .Select(l => (l.Index, Slope: l.Fit!.Value.Slope, Intercept: l.Fit.Value.Intercept))
            .OrderBy(l => Math.Abs(l.Slope - slope) + Math.Abs(l.Intercept + (l.Slope * a) - fa))
            .ToList();
        if (lines.Count == 0)
        {
            return (false, text.NoStraightLine(expected, Note(plot, text)));
        }

        var (index, m, b) = lines[0];
        var output = new StringBuilder();
        output.Append(text.NotTheTangent(Describe(plot, index, text), N(m), Signed(b))).Append('\n');
        output.Append("  ").Append(text.Expected(text.SlopeThrough(N(slope), N(intercept), point))).Append('\n');
        output.Append("  ").Append(text.Got(text.SlopeIntercept(N(m), N(b)))).Append('\n');
        output.Append(text.Hint(TangentHint(a, fa, slope, intercept, m, b, tolerance, text)));
        return (false, output.ToString());
    }

    private static string TangentHint(double a, double fa, double slope, double intercept, double m, double b, Tolerance tolerance, ReportText text)
    {
        var touches = tolerance.IsClose(fa, b + (m * a)) || Math.Abs(b + (m * a) - fa) <= tolerance.Atol + (tolerance.Rtol * (Math.Abs(slope) + 1));
        var rightSlope = tolerance.IsClose(slope, m);
        if (rightSlope)
        {
            return Math.Abs(b) <= tolerance.Atol + (tolerance.Rtol * Math.Abs(intercept)) && Math.Abs(intercept) > tolerance.Atol
                ? text.TangentThroughOrigin(N(m), N(a), N(fa))
                : text.TangentMissesPoint(N(a), N(fa));
        }

        if (!touches)
        {
            return text.TangentAllWrong(N(a), N(fa), N(slope));
        }

        if (tolerance.IsClose(-slope, m))
        {
            return text.TangentSlopeSign(N(a), N(slope), N(m));
        }

        if (SimpleFactor(m / slope) is { } factor)
        {
            return text.TangentSlopeFactor(N(a), factor);
        }

        return text.TangentSlopeWrong(N(a), N(m), N(slope));
    }

    private static (bool, string) JudgeLabels(PlotData plot, IReadOnlyList<string> require, ReportText text)
    {
        var missing = new List<string>();
        foreach (var item in require)
        {
            switch (item)
            {
                case "xlabel" when plot.XLabel.Trim().Length == 0:
                    missing.Add(text.MissingXLabel);
                    break;
                case "ylabel" when plot.YLabel.Trim().Length == 0:
                    missing.Add(text.MissingYLabel);
                    break;
                case "title" when plot.Title.Trim().Length == 0:
                    missing.Add(text.MissingTitle);
                    break;
                case "legend" when !plot.LegendShown:
                    missing.Add(text.MissingLegend);
                    break;
                case "legend" when plot.Series.Count(s => s.Label.Trim().Length > 0) < Math.Min(2, plot.Series.Count):
                    missing.Add(text.PartialLegend);
                    break;
            }
        }

        return missing.Count == 0 ? (true, "") : (false, text.PlotLacks(missing));
    }

    /// <summary>Index of the first series that lies on f at every point where f is finite, or −1.</summary>
    private static int FindCurve(PlotData plot, Func<double, double> f, Tolerance tolerance)
    {
        for (var i = 0; i < plot.Series.Count; i++)
        {
            var points = PointsOnDomain(plot.Series[i], f);
            if (points.Count >= 3 && points.All(p => tolerance.IsClose(p.Fx, p.Y)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The finite points of a series where f is finite too: near a pole, f is not there to be compared with.</summary>
    private static List<(double X, double Y, double Fx)> PointsOnDomain(PlotSeries series, Func<double, double> f) =>
        [.. Finite(series).Select(p => (p.X, p.Y, Fx: f(p.X))).Where(p => double.IsFinite(p.Fx))];

    private static List<(double X, double Y)> Finite(PlotSeries series) =>
        [.. series.X.Zip(series.Y).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second))];

    /// <summary>Least-squares y = slope·x + intercept when the points are on a straight line (at two distinct x at least).</summary>
    private static (double Slope, double Intercept)? FitLine(List<(double X, double Y)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx <= 0)
        {
            return null;
        }

        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var intercept = meanY - (slope * meanX);
        var scale = 1 + points.Max(p => Math.Abs(p.Y));
        return points.All(p => Math.Abs(p.Y - (intercept + (slope * p.X))) <= 1e-6 * scale) ? (slope, intercept) : null;
    }

    private static string? RangeMisses(PlotSeries series, double? x, ReportText text)
    {
        if (x is not { } at)
        {
            return null;
        }

        var xs = Finite(series).Select(p => p.X).ToList();
        var (low, high) = (xs.Min(), xs.Max());
        return low <= at && at <= high
            ? null
            : text.RangeMisses(N(low), N(high), N(at));
    }

    private static string? SimpleFactor(double ratio)
    {
        foreach (var (value, name) in new[] { (0.5, "½"), (1.0 / 3, "⅓"), (2.0 / 3, "⅔"), (0.25, "¼"), (0.75, "¾"), (1.5, "3/2"), (2.0, "2"), (3.0, "3"), (4.0, "4") })
        {
            if (Math.Abs(ratio - value) < 1e-6 * value)
            {
                return name;
            }
        }

        return null;
    }

    private static string Note(PlotData plot, ReportText text) => plot.Note is { } note ? text.PlotNote(note) : "";

    private static string Describe(PlotData plot, int index, ReportText text) => text.Series(index, plot.Series[index].Kind, plot.Series[index].Label);

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);

    private static string Signed(double value) => value < 0 ? $"− {N(-value)}" : $"+ {N(value)}";

    // Script, embedded documents and handlers in any case: a learner's label becomes text in the SVG, but only
    // Skia's escaping stands between it and markup, so the grader checks the result too.
    [GeneratedRegex(@"<\s*script|<\s*foreignObject|<\s*iframe|javascript:|\son[a-z]+\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsafe();
}
