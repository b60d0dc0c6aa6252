using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using CourseKit.Autograd;
using CourseKit.Plotting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CourseKit.Site.Cells;

/// <summary>
/// Runs a document's executable cells through Roslyn scripting, in order and sharing state like a notebook,
/// with the engine and the plotting helpers imported (<c>using static CourseKit.Plotting.Figures;</c>).
/// </summary>
/// <remarks>Cells run one at a time: each redirects <see cref="Console.Out"/> while it runs.</remarks>
public sealed class CellRunner
{
    // The first submission of every session: Roslyn's options can import namespaces but not static classes,
    // and usings of earlier submissions stay in scope for later ones.
    private const string Prologue = "using static CourseKit.Plotting.Figures;";

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(Tensor).Assembly, typeof(Figures).Assembly, typeof(ScottPlot.Plot).Assembly)
        .WithImports(
            "System", "System.Linq", "System.Collections.Generic", "System.Text",
            "CourseKit.Autograd", "CourseKit.Plotting")
        .WithOptimizationLevel(OptimizationLevel.Debug)
        .WithEmitDebugInformation(true)
        .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview);

    // Process-wide: Console.Out is one per process, so two runners capturing at once would swap outputs.
    private static readonly Lock Gate = new();

    /// <summary>Starts a notebook session: cells run in it see what earlier cells defined.</summary>
    public Session StartSession() => new(this);

    /// <summary>Formats a cell's final value the way the page shows it (invariant culture; sequences as <c>[a, b]</c>).</summary>
    public static string FormatValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder();
        Append(text, value, depth: 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(s);
                break;
            case bool b:
                text.Append(b ? "True" : "False");
                break;
            case IFormattable formattable when value is not IEnumerable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable sequence when depth < 4 && value is not Tensor:
                text.Append('[');
                int count = 0;
                foreach (object? item in sequence)
                {
                    if (count > 0)
                    {
                        text.Append(", ");
                    }
                    if (++count > 100)
                    {
                        text.Append("...");
                        break;
                    }
                    Append(text, item, depth + 1);
                }
                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>One document's run of cells: the notebook state, carried from cell to cell.</summary>
    public sealed class Session
    {
        private readonly CellRunner runner;
        private ScriptState<object>? state;

        internal Session(CellRunner runner)
        {
            this.runner = runner;
        }

        /// <summary>Runs the next cell; returns its output, or null with <paramref name="failure"/> set.</summary>
        public CellOutput? Run(string code, out CellFailure? failure)
        {
            ArgumentNullException.ThrowIfNull(code);
            lock (Gate)
            {
                var console = Console.Out;
                var culture = CultureInfo.CurrentCulture;
                using var captured = new StringWriter(CultureInfo.InvariantCulture);
                try
                {
                    // Figures and numbers must not depend on the machine that builds the site.
                    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                    if (state is null)
                    {
                        Figures.SetFigsize();
                        state = CSharpScript.RunAsync(Prologue, Options).GetAwaiter().GetResult();
                    }
                    Console.SetOut(captured);
                    state = state.ContinueWithAsync(code, Options).GetAwaiter().GetResult();
                }
                catch (CompilationErrorException e)
                {
                    var first = e.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? e.Diagnostics.FirstOrDefault();
                    var position = first?.Location.GetLineSpan().StartLinePosition;
                    failure = new CellFailure(
                        true,
                        position is { } p ? p.Line + 1 : null,
                        position is { } q ? q.Character + 1 : null,
                        first is null ? e.Message : $"{first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}");
                    return null;
                }
#pragma warning disable CA1031 // A cell may throw anything; the author gets it as a build error, not a crash.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    var inner = e is TargetInvocationException { InnerException: { } wrapped } ? wrapped : e;
                    failure = new CellFailure(false, ScriptLine(inner), null, $"{inner.GetType().Name}: {inner.Message}");
                    return null;
                }
                finally
                {
                    Console.SetOut(console);
                    CultureInfo.CurrentCulture = culture;
                }
                failure = null;
                object? value = state.ReturnValue;
                string stdout = captured.ToString();
                return value switch
                {
                    null => new CellOutput(stdout, null, null),
                    ScottPlot.Plot plot => new CellOutput(stdout, null, Figures.ToSvg(plot)),
                    _ => new CellOutput(stdout, FormatValue(value), null),
                };
            }
        }

        // Scripts compile with debug information, so the submission's frame (Submission#N, or its async
        // state machine Submission#N+<<Initialize>>d__0) knows the line within the cell.
        private static int? ScriptLine(Exception e)
        {
            foreach (var frame in new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames())
            {
                int line = frame.GetFileLineNumber();
                if (line > 0 && frame.GetMethod()?.DeclaringType?.FullName?.StartsWith("Submission#", StringComparison.Ordinal) == true)
                {
                    return line;
                }
            }
            return null;
        }
    }
}
