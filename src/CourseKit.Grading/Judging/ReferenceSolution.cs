using CourseKit.Autograd;
using CourseKit.Content.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CourseKit.Grading.Judging;

/// <summary>
/// An exercise's reference, compiled and ready to give the truth at any input. Instructor code, trusted, so it runs
/// in the grading process. For derivative, gradient and jacobian exercises the reference is the function
/// <c>Tensor F(Tensor x)</c> and the truth is the engine's reverse-mode derivative of it, cross-checked against
/// finite differences; for function exercises it is the reference's own return value.
/// </summary>
public sealed class ReferenceSolution
{
    private readonly ExerciseKind _kind;
    private readonly Func<Tensor, Tensor>? _function;
    private readonly Delegate? _implementation;
    private readonly Func<Random, (object[] Arguments, double[] Truth)>? _draw;

    private ReferenceSolution(ExerciseKind kind, Func<Tensor, Tensor>? function, Delegate? implementation, Func<Random, (object[] Arguments, double[] Truth)>? draw = null)
    {
        _kind = kind;
        _function = function;
        _implementation = implementation;
        _draw = draw;
    }

    /// <summary>The name of the optional method with which a function exercise's reference draws its own samples.</summary>
    public const string DrawMethod = "Draw";

    /// <summary>
    /// True when the reference of a function exercise defines <c>(object[] Arguments, double[] Truth) Draw(Random random)</c>:
    /// then it, not <c>check.inputs</c>, makes the random samples, each with its own truth (as PrairieLearn's
    /// <c>generate()</c> does), so inputs can be built together, e.g. the parts of one random composition.
    /// </summary>
    public bool Draws => _draw is not null;

    /// <summary>One sample from the reference's <c>Draw</c>: the arguments for the learner and the true answer, flattened.</summary>
    public (object[] Arguments, double[] Truth) Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return _draw is null
            ? throw new InvalidOperationException($"the reference defines no {DrawMethod} method")
            : _draw(random);
    }

    /// <summary>For plot exercises: the function f the figure must show (the reference's <c>double F(double x)</c>); null otherwise.</summary>
    public Func<double, double>? PlotFunction => _kind == ExerciseKind.Plot ? _implementation as Func<double, double> : null;

    /// <summary>How far the engine and finite differences may disagree before the reference is called suspect.</summary>
    public static Tolerance CrossCheck { get; } = new(1e-5, 1e-7);

    /// <summary>
    /// Compiles a reference with the engine imported. Returns the solution, or the compiler's errors with lines counted
    /// from <paramref name="firstLine"/> (where the reference starts in its file) so the instructor can find them.
    /// </summary>
    public static async Task<(ReferenceSolution? Solution, IReadOnlyList<string> Errors)> CompileAsync(
        Exercise exercise, string code, int firstLine = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(code);
        var differentiated = exercise.Kind is ExerciseKind.Derivative or ExerciseKind.Gradient or ExerciseKind.Jacobian;
        string expression;
        if (differentiated)
        {
            expression = "(System.Func<CourseKit.Autograd.Tensor, CourseKit.Autograd.Tensor>)F";
        }
        else if (exercise.Kind == ExerciseKind.Function && exercise.Entry is { } entry)
        {
            var types = entry.Parameters.Select(p => EntrySignature.CSharpName(p.Type)).Append(EntrySignature.CSharpName(entry.ReturnType));
            expression = $"(System.Func<{string.Join(", ", types)}>){entry.Name}";
            if (DefinesDraw(code))
            {
                expression = $"((System.Delegate){expression}, (System.Func<System.Random, (object[] Arguments, double[] Truth)>){DrawMethod})";
            }
        }
        else if (exercise.Kind == ExerciseKind.Plot)
        {
            expression = "(System.Func<double, double>)F";
        }
        else
        {
            return (null, [$"exercises of kind {exercise.Kind} have no reference the judge can run"]);
        }

        var options = ScriptOptions.Default
            .WithReferences(typeof(Tensor).Assembly, typeof(Enumerable).Assembly)
            .WithImports("System", "System.Linq", "System.Collections.Generic", "CourseKit.Autograd")
            .WithOptimizationLevel(OptimizationLevel.Release);
        try
        {
            var value = await CSharpScript.EvaluateAsync<object>($"{code}\n{expression}", options, cancellationToken: cancellationToken).ConfigureAwait(false);
            return value switch
            {
                ValueTuple<Delegate, Func<Random, (object[], double[])>>(var implementation, var draw) =>
                    (new ReferenceSolution(exercise.Kind, null, implementation, r => draw(r)), []),
                Func<Tensor, Tensor> function when differentiated => (new ReferenceSolution(exercise.Kind, function, null), []),
                _ => (new ReferenceSolution(exercise.Kind, null, (Delegate)value), []),
            };
        }
        catch (CompilationErrorException e)
        {
            var errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d =>
            {
                var line = d.Location.GetLineSpan().StartLinePosition.Line;
                var where = line < code.Split('\n').Length ? $"line {firstLine + line}: " : "";
                var missing = d.Id is "CS0103" && !code.Contains(ExpectedName(exercise), StringComparison.Ordinal)
                    ? $" (the reference must define `{ExpectedSignature(exercise)}`)"
                    : "";
                return $"{where}{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}{missing}";
            }).ToList();
            return (null, errors);
        }
    }

    /// <summary>
    /// The true answer at one argument list, flattened row-major, with a note when the engine and finite differences
    /// disagree (a reference that is not differentiable there, or an engine bug: either way a human must look).
    /// </summary>
    public (double[] Values, string? Disagreement) Expected(object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        switch (_kind)
        {
            case ExerciseKind.Derivative:
                {
                    var x = Convert.ToDouble(arguments[0], System.Globalization.CultureInfo.InvariantCulture);
                    var input = Tensor.Scalar(x, requiresGrad: true);
                    _function!(input).Backward();
                    var truth = input.Grad!.Item();
                    var numeric = FiniteDifference.Richardson(v => Evaluate(Tensor.Scalar(v)), x).Value;
                    return ([truth], Compare([truth], [numeric]));
                }

            case ExerciseKind.Gradient:
                {
                    var x = (double[])arguments[0];
                    var input = Tensor.FromArray((double[])x.Clone(), requiresGrad: true);
                    _function!(input).Backward();
                    var truth = input.Grad!.ToArray();
                    var numeric = FiniteDifference.Gradient(v => Evaluate(Tensor.FromArray((double[])v.Clone())), x);
                    return (truth, Compare(truth, numeric));
                }

            case ExerciseKind.Jacobian:
                {
                    var x = (double[])arguments[0];
                    var truth = Differentiate.Jacobian(_function!, Tensor.FromArray((double[])x.Clone())).ToArray();
                    var numeric = FiniteDifference.Jacobian(v => EvaluateVector(Tensor.FromArray((double[])v.Clone())), x);
                    return (truth, Compare(truth, Flatten(numeric)));
                }

            default:
                {
                    var copies = arguments.Select(a => a switch
                    {
                        Array array => array.Clone(),
                        FunctionInput function => function.ToFunc(),
                        _ => a,
                    }).ToArray();
                    return (Flatten(_implementation!.DynamicInvoke(copies)), null);
                }
        }
    }

    /// <summary>Flattens a returned double, array or matrix to row-major values; anything else gives no values.</summary>
    public static double[] Flatten(object? value) => value switch
    {
        double d => [d],
        double[] a => (double[])a.Clone(),
        double[,] m => m.Cast<double>().ToArray(),
        _ => [],
    };

    private double Evaluate(Tensor x)
    {
        using (Tensor.NoGrad())
        {
            return _function!(x).Item();
        }
    }

    private double[] EvaluateVector(Tensor x)
    {
        using (Tensor.NoGrad())
        {
            return _function!(x).ToArray();
        }
    }

    private static string? Compare(double[] engine, double[] numeric)
    {
        for (var i = 0; i < engine.Length; i++)
        {
            if (!CrossCheck.IsClose(numeric[i], engine[i]))
            {
                return $"component {i}: the engine gives {engine[i]:R} but finite differences give {numeric[i]:R}";
            }
        }

        return null;
    }

    /// <summary>Whether the reference declares a top-level <c>Draw</c> method (read from its syntax, so nothing runs).</summary>
    private static bool DefinesDraw(string code) =>
        Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(kind: SourceCodeKind.Script))
            .GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Any(m => m.Identifier.ValueText == DrawMethod);

    private static string ExpectedName(Exercise exercise) =>
        exercise.Kind == ExerciseKind.Function && exercise.Entry is { } entry ? entry.Name : "F";

    private static string ExpectedSignature(Exercise exercise) => exercise.Kind switch
    {
        ExerciseKind.Function when exercise.Entry is { } entry => entry.ToString(),
        ExerciseKind.Plot => "double F(double x)",
        _ => "Tensor F(Tensor x)",
    };
}
