using System.Globalization;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Compares a learner's answers with the truth over all drawn samples and names the shape of the error: a sign
/// flip, a constant factor, swapped components, right only at some points. Works on plain copied doubles only.
/// </summary>
public static class MistakeAnalysis
{
    /// <summary>Judges every sample with <paramref name="tolerance"/> and explains the failures, if any, in English.</summary>
    public static Mistake Diagnose(IReadOnlyList<Sample> samples, Tolerance tolerance) => Diagnose(samples, tolerance, ReportText.English);

    /// <summary>Judges every sample with <paramref name="tolerance"/> and explains the failures, if any, in <paramref name="text"/>'s language.</summary>
    public static Mistake Diagnose(IReadOnlyList<Sample> samples, Tolerance tolerance, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(text);
        var failures = samples.Where(s => !Matches(s, tolerance)).ToList();
        var (worstAbs, worstRel) = WorstErrors(samples);
        if (failures.Count == 0)
        {
            return new Mistake(MistakeShape.None, "", null, worstAbs, worstRel, 0);
        }

        var first = failures[0];
        var (shape, hint) = Explain(samples, failures, tolerance, text);
        return new Mistake(shape, hint, first, worstAbs, worstRel, failures.Count);
    }

    /// <summary>Whether one sample is right: the same length and every component close.</summary>
    public static bool Matches(Sample sample, Tolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Expected.Count != sample.Got.Count)
        {
            return false;
        }

        for (var i = 0; i < sample.Expected.Count; i++)
        {
            if (!tolerance.IsClose(sample.Expected[i], sample.Got[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static (MistakeShape, string) Explain(IReadOnlyList<Sample> samples, List<Sample> failures, Tolerance tolerance, ReportText text)
    {
        var badLength = failures.FirstOrDefault(s => s.Expected.Count != s.Got.Count);
        if (badLength is not null)
        {
            return (MistakeShape.WrongLength, text.WrongLength(badLength.Got.Count, badLength.Expected.Count, badLength.Input));
        }

        var notFinite = failures.FirstOrDefault(s => Enumerable.Range(0, s.Got.Count).Any(i => double.IsFinite(s.Expected[i]) && !double.IsFinite(s.Got[i])));
        if (notFinite is not null)
        {
            return (MistakeShape.NotFinite, text.NotFinite(notFinite.Input));
        }

        // From here on every sample has the right length and finite values where the truth is finite.
        if (AllClose(samples, (e, _) => -e, tolerance))
        {
            return (MistakeShape.SignFlipped, text.SignFlipped);
        }

        if (ConstantFactor(samples, tolerance) is { } factor)
        {
            return (MistakeShape.ConstantFactor, text.ConstantFactor(DescribeFactor(factor)));
        }

        if (FitOffset(samples) is { } offset && Math.Abs(offset) > tolerance.Atol && AllClose(samples, (e, _) => e + offset, tolerance))
        {
            return (MistakeShape.ConstantOffset, text.ConstantOffset(Format(offset)));
        }

        if (FindPermutation(samples, tolerance) is { } permutation)
        {
            var moved = Enumerable.Range(0, permutation.Length).Where(i => permutation[i] != i).ToList();
            return (MistakeShape.SwappedComponents, text.SwappedComponents(moved));
        }

        // Per-component patterns only mean something when every input has the same number of components.
        var width = samples[0].Expected.Count;
        if (width > 1 && samples.All(s => s.Expected.Count == width))
        {
            var wrong = Enumerable.Range(0, width)
                .Where(i => samples.Any(s => !tolerance.IsClose(s.Expected[i], s.Got[i])))
                .ToList();
            if (wrong.Count < width)
            {
                // The wrong ones all off by one constant factor is the power rule's factor lost inside one partial derivative.
                var scaled = samples.Select(s => new Sample(s.Input, [.. wrong.Select(i => s.Expected[i])], [.. wrong.Select(i => s.Got[i])])).ToList();
                if (ConstantFactor(scaled, tolerance) is { } partFactor)
                {
                    return (MistakeShape.SomeComponentsScaled, text.SomeComponentsScaled(wrong, DescribeFactor(partFactor)));
                }

                return (MistakeShape.SomeComponentsWrong, text.SomeComponentsWrong(wrong));
            }
        }

        var passed = samples.Where(s => !failures.Contains(s)).ToList();
        if (passed.Count > 0)
        {
            return (MistakeShape.RightOnlyAtSomePoints, text.RightOnlyAtSomePoints([.. passed.Select(s => s.Input)], [.. failures.Select(s => s.Input)]));
        }

        return (MistakeShape.Other, text.WrongEverywhere);
    }

    private static bool AllClose(IReadOnlyList<Sample> samples, Func<double, int, double> transform, Tolerance tolerance) =>
        samples.All(s => Enumerable.Range(0, s.Expected.Count).All(i => tolerance.IsClose(transform(s.Expected[i], i), s.Got[i])));

    // The c ∉ {0, 1} with got ≈ c·expected within tolerance in every component of every sample, if there is one.
    private static double? ConstantFactor(IReadOnlyList<Sample> samples, Tolerance tolerance) =>
        FitFactor(samples) is { } factor && Math.Abs(factor - 1) > 1e-3 && Math.Abs(factor) > 1e-12 && AllClose(samples, (e, _) => factor * e, tolerance)
            ? factor
            : null;

    // Least-squares c in got ≈ c·expected over every finite component.
    private static double? FitFactor(IReadOnlyList<Sample> samples)
    {
        double numerator = 0, denominator = 0;
        foreach (var (e, g) in FinitePairs(samples))
        {
            numerator += e * g;
            denominator += e * e;
        }

        return denominator > 0 ? numerator / denominator : null;
    }

    private static double? FitOffset(IReadOnlyList<Sample> samples)
    {
        var differences = FinitePairs(samples).Select(p => p.Got - p.Expected).ToList();
        return differences.Count > 0 ? differences.Average() : null;
    }

    // A non-identity permutation p with got[i] ≈ expected[p[i]] in every sample, if one exists.
    private static int[]? FindPermutation(IReadOnlyList<Sample> samples, Tolerance tolerance)
    {
        var width = samples[0].Expected.Count;
        if (width < 2 || samples.Any(s => s.Expected.Count != width))
        {
            return null;
        }

        var permutation = new int[width];
        var used = new bool[width];
        for (var i = 0; i < width; i++)
        {
            var match = -1;
            for (var j = 0; j < width && match < 0; j++)
            {
                if (!used[j] && samples.All(s => tolerance.IsClose(s.Expected[j], s.Got[i])))
                {
                    match = j;
                }
            }

            if (match < 0)
            {
                return null;
            }

            permutation[i] = match;
            used[match] = true;
        }

        return permutation.Select((p, i) => p == i).All(same => same) ? null : permutation;
    }

    private static IEnumerable<(double Expected, double Got)> FinitePairs(IReadOnlyList<Sample> samples) =>
        samples.SelectMany(s => Enumerable.Range(0, s.Expected.Count).Select(i => (s.Expected[i], s.Got[i])))
            .Where(p => double.IsFinite(p.Item1) && double.IsFinite(p.Item2));

    private static (double Abs, double Rel) WorstErrors(IReadOnlyList<Sample> samples)
    {
        double worstAbs = 0, worstRel = 0;
        foreach (var (e, g) in FinitePairs(samples.Where(s => s.Expected.Count == s.Got.Count).ToList()))
        {
            var abs = Math.Abs(g - e);
            worstAbs = Math.Max(worstAbs, abs);
            if (e != 0)
            {
                worstRel = Math.Max(worstRel, abs / Math.Abs(e));
            }
        }

        return (worstAbs, worstRel);
    }

    private static string DescribeFactor(double factor)
    {
        foreach (var (value, name) in new[] { (0.5, "½"), (2.0, "2"), (3.0, "3"), (1.0 / 3, "⅓"), (4.0, "4"), (0.25, "¼") })
        {
            if (Math.Abs(factor - value) < 1e-6 * Math.Abs(value))
            {
                return name;
            }
        }

        return Format(factor);
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
