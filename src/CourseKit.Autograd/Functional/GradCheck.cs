namespace CourseKit.Autograd;

/// <summary>Tolerances for <see cref="GradCheck"/>; the defaults are <c>torch.autograd.gradcheck</c>'s.</summary>
/// <param name="Eps">Perturbation for the central differences.</param>
/// <param name="Atol">Absolute tolerance.</param>
/// <param name="Rtol">Relative tolerance, scaled by |numeric|.</param>
public sealed record GradCheckOptions(double Eps = 1e-6, double Atol = 1e-5, double Rtol = 1e-3)
{
    /// <summary>eps 1e-6, atol 1e-5, rtol 1e-3.</summary>
    public static GradCheckOptions Default { get; } = new();
}

/// <summary>
/// The verdict of <see cref="GradCheck.Check(Func{Tensor[], Tensor}, Tensor[])"/>: whether every Jacobian entry
/// agreed, and the worst entry (the one furthest outside its tolerance, or closest to it).
/// </summary>
/// <param name="Passed">True when |analytic − numeric| ≤ atol + rtol·|numeric| for every entry.</param>
/// <param name="InputIndex">Which input the worst entry differentiates with respect to (−1 when nothing was checked).</param>
/// <param name="ElementIndex">Row-major index of the element of that input.</param>
/// <param name="OutputIndex">Row-major index of the output element.</param>
/// <param name="Analytic">The engine's derivative.</param>
/// <param name="Numeric">The central-difference estimate.</param>
/// <param name="Error">|Analytic − Numeric|.</param>
/// <param name="Checked">How many Jacobian entries were compared.</param>
public sealed record GradCheckReport(
    bool Passed, int InputIndex, int ElementIndex, int OutputIndex, double Analytic, double Numeric, double Error, int Checked)
{
    /// <inheritdoc/>
    public override string ToString() => InputIndex < 0
        ? "gradcheck passed: nothing to check"
        : $"gradcheck {(Passed ? "passed" : "FAILED")}: worst entry d output[{OutputIndex}] / d input {InputIndex}[{ElementIndex}]: " +
          $"analytic {Analytic:R}, numeric {Numeric:R}, error {Error:G3} ({Checked} entries checked)";
}

/// <summary>
/// Checks the engine's gradients against central finite differences, as <c>torch.autograd.gradcheck</c> does,
/// but returns a report instead of throwing: the oracle the engine's own tests and the grader rely on.
/// </summary>
public static class GradCheck
{
    /// <summary>Checks ∂f/∂input for every input that requires grad (every input when none does), with default tolerances.</summary>
    public static GradCheckReport Check(Func<Tensor[], Tensor> f, params Tensor[] inputs) =>
        Check(f, GradCheckOptions.Default, inputs);

    /// <summary>Checks ∂f/∂input with the given tolerances.</summary>
    public static GradCheckReport Check(Func<Tensor[], Tensor> f, GradCheckOptions options, params Tensor[] inputs)
    {
        var checkedInputs = Enumerable.Range(0, inputs.Length).Where(i => inputs[i].RequiresGrad).ToArray();
        if (checkedInputs.Length == 0)
        {
            checkedInputs = Enumerable.Range(0, inputs.Length).ToArray();
        }

        var analytic = AnalyticJacobian(f, inputs, checkedInputs, out var outCount);
        var worst = new GradCheckReport(true, -1, -1, -1, 0, 0, 0, 0);
        var worstMargin = double.NegativeInfinity;
        var passed = true;
        var count = 0;
        // Probes record like the analytic leaves, so f may itself differentiate (gradients of gradients).
        var probes = inputs.Select((t, i) => new Tensor(t.ToArray(), t._shape).RequiresGrad_(checkedInputs.Contains(i))).ToArray();
        using (GradMode.Set(true))
        {
            for (var c = 0; c < checkedInputs.Length; c++)
            {
                var p = checkedInputs[c];
                var data = probes[p]._data;
                for (var j = 0; j < data.Length; j++)
                {
                    var original = data[j];
                    data[j] = original + options.Eps;
                    var plus = f(probes).ToArray();
                    data[j] = original - options.Eps;
                    var minus = f(probes).ToArray();
                    data[j] = original;
                    for (var i = 0; i < outCount; i++)
                    {
                        var numeric = (plus[i] - minus[i]) / (2 * options.Eps);
                        var a = analytic[c][i][j];
                        var error = Math.Abs(a - numeric);
                        var margin = double.IsNaN(error) ? double.PositiveInfinity : error - (options.Atol + options.Rtol * Math.Abs(numeric));
                        count++;
                        if (margin > 0)
                        {
                            passed = false;
                        }

                        if (margin > worstMargin)
                        {
                            worstMargin = margin;
                            worst = new GradCheckReport(false, p, j, i, a, numeric, error, 0);
                        }
                    }
                }
            }
        }

        return worst with { Passed = passed, Checked = count };
    }

    /// <summary>analytic[input][output element][input element], one backward pass per output element.</summary>
    private static double[][][] AnalyticJacobian(Func<Tensor[], Tensor> f, Tensor[] inputs, int[] checkedInputs, out int outCount)
    {
        using var recording = GradMode.Set(true);
        var leaves = inputs.Select((t, i) => new Tensor(t.ToArray(), t._shape).RequiresGrad_(checkedInputs.Contains(i))).ToArray();
        var y = f(leaves);
        outCount = y.Count;
        var wrt = checkedInputs.Select(i => leaves[i]).ToArray();
        var result = checkedInputs.Select(i => new double[y.Count][]).ToArray();
        for (var o = 0; o < y.Count; o++)
        {
            Tensor[] grads;
            if (y._requiresGrad)
            {
                var seed = Tensor.Zeros(y._shape);
                seed._span[o] = 1.0;
                grads = Engine.Grad(y, wrt, seed, retainGraph: true, createGraph: false);
            }
            else
            {
                grads = wrt.Select(Tensor.ZerosLike).ToArray();
            }

            for (var c = 0; c < wrt.Length; c++)
            {
                result[c][o] = grads[c].ToArray();
            }
        }

        return result;
    }
}
