using CourseKit.Grading.Compiling;
using CourseKit.Grading.Gate;
using CourseKit.Grading.Running;

namespace CourseKit.Grading.Tests;

[Collection(OneWorkerAtATime.Name)]
public class RunnerTests
{
    private static CompiledSubmission Build(string source, EntryPoint entry)
    {
        var compiled = ScriptCompiler.Compile(new Submission(source), entry, [], new GradingLimits());
        Assert.True(compiled.Compiled is not null, string.Join("\n", compiled.Diagnostics));
        return compiled.Compiled!;
    }

    [Fact]
    public void Vectors_and_matrices_cross_the_boundary_exactly()
    {
        var entry = new EntryPoint("Outer", [ValueKind.Vector, ValueKind.Vector], ValueKind.Matrix);
        var compiled = Build("""
            double[,] Outer(double[] a, double[] b)
            {
                var m = new double[a.Length, b.Length];
                for (var i = 0; i < a.Length; i++)
                    for (var j = 0; j < b.Length; j++)
                        m[i, j] = a[i] * b[j];
                return m;
            }
            """, entry);
        double[] a = [1, -2, 1e-300], b = [3, double.Epsilon];

        var result = WorkerRunner.Run(compiled, entry, [[RawValue.FromVector(a), RawValue.FromVector(b)]], new GradingLimits(), SandboxPolicy.PreferSandbox);

        Assert.Equal(Outcome.Returned, result.Outcome);
        var m = result.Calls.Single().Value!;
        Assert.Equal((ValueKind.Matrix, 3, 2), (m.Kind, m.Rows, m.Columns));
        Assert.Equal([3, 1 * double.Epsilon, -6, -2 * double.Epsilon, 3e-300, 0], m.ToArray());
    }

    [Fact]
    public void Each_call_gets_its_own_deadline_and_earlier_results_survive()
    {
        var entry = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar);
        var compiled = Build("double F(double x) { if (x > 1) while (true) { } return -x; }", entry);
        var limits = new GradingLimits { CallTimeout = TimeSpan.FromSeconds(1) };

        var result = WorkerRunner.Run(compiled, entry, [[RawValue.FromScalar(0.5)], [RawValue.FromScalar(2)], [RawValue.FromScalar(0)]], limits, SandboxPolicy.PreferSandbox);

        Assert.Equal(Outcome.Timeout, result.Outcome);
        Assert.Equal([Outcome.Returned, Outcome.Timeout, Outcome.NotRun], result.Calls.Select(c => c.Outcome));
        Assert.Equal(-0.5, result.Calls[0].Value!.Scalar);
    }

    [Fact]
    public void Without_the_jail_a_required_sandbox_refuses_and_a_preferred_one_warns()
    {
        var entry = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar);
        var compiled = Build("double F(double x) => x * x;", entry);

        var refused = WorkerRunner.Run(compiled, entry, [[RawValue.FromScalar(3)]], new GradingLimits(), SandboxPolicy.RequireSandbox, useJail: false);
        var unjailed = WorkerRunner.Run(compiled, entry, [[RawValue.FromScalar(3)]], new GradingLimits(), SandboxPolicy.PreferSandbox, useJail: false);

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal(Outcome.NotRun, refused.Calls.Single().Outcome);
        Assert.Equal(Outcome.Returned, unjailed.Outcome);
        Assert.Equal(9, unjailed.Calls.Single().Value!.Scalar);
        Assert.False(unjailed.Sandboxed);
        Assert.Contains(unjailed.Warnings, w => w.Contains("WITHOUT the OS sandbox", StringComparison.Ordinal));
    }

    [Fact]
    public void The_jail_is_detected_and_used_where_bubblewrap_works()
    {
        var entry = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar);
        var compiled = Build("double F(double x) => x;", entry);

        var result = WorkerRunner.Run(compiled, entry, [[RawValue.FromScalar(1)]], new GradingLimits(), SandboxPolicy.PreferSandbox);

        Assert.Equal(WorkerRunner.SandboxAvailable, result.Sandboxed);
        Assert.Equal(WorkerRunner.SandboxAvailable, result.Warnings.Count == 0);
        Assert.Equal(WorkerRunner.SandboxAvailable, WorkerRunner.SandboxUnavailableReason is null);
    }

    [Fact]
    public void The_whole_submission_has_a_deadline_too()
    {
        var entry = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar);
        var compiled = Build("var n = 0L;\nwhile (true) { n++; }\ndouble F(double x) => x;", entry);
        var limits = new GradingLimits { StartTimeout = TimeSpan.FromSeconds(20), SubmissionTimeout = TimeSpan.FromSeconds(1.5) };

        var result = WorkerRunner.Run(compiled, entry, [[RawValue.FromScalar(1)]], limits, SandboxPolicy.PreferSandbox);

        Assert.Equal(Outcome.Timeout, result.Outcome);
        Assert.Contains("1.5 s", result.Cause, StringComparison.Ordinal);
        Assert.True(result.RunTime < TimeSpan.FromSeconds(10), $"took {result.RunTime}");
    }

    [Fact]
    public void The_worker_lowers_its_own_hard_limits_before_learner_code_runs()
    {
        // Compiled without the gate (which refuses System.IO) so the script can read the limits it runs under.
        var entry = new EntryPoint("Limit", [ValueKind.Scalar], ValueKind.Vector);
        var compiled = ScriptCompiler.Compile(
            new Submission("""
                double[] Limit(double which)
                {
                    var name = which == 0 ? "Max core file size" : "Max processes";
                    var parts = System.IO.File.ReadAllLines("/proc/self/limits").First(l => l.StartsWith(name)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    double Parse(string s) => s == "unlimited" ? -1 : double.Parse(s);
                    return [Parse(parts[^3]), Parse(parts[^2])];
                }
                """),
            entry,
            [],
            new GradingLimits(),
            ApiAllowlist.For(entry),
            gate: false).Compiled!;
        var limits = new GradingLimits { MaxThreads = 48 };

        foreach (var jail in new[] { true, false })
        {
            var result = WorkerRunner.Run(compiled, entry, [[RawValue.FromScalar(0)], [RawValue.FromScalar(1)]], limits, SandboxPolicy.PreferSandbox, useJail: jail);

            Assert.Equal(Outcome.Returned, result.Outcome);
            Assert.Equal([0, 0], result.Calls[0].Value!.ToArray());
            var processes = result.Calls[1].Value!.ToArray();
            if (result.Sandboxed && Jail.GivesOwnUser)
            {
                Assert.Equal([48, 48], processes);
            }
            else
            {
                Assert.NotEqual(48, processes[1]);
            }
        }
    }
}
