using System.Diagnostics;
using CourseKit.Grading.Running;

namespace CourseKit.Grading.Tests;

/// <summary>
/// The hostile suite: each fixture in Hostile/ is graded and must end in its expected outcome, without
/// passing, hanging, leaking the grader's environment, or leaving a process or file behind.
/// </summary>
[Collection(OneWorkerAtATime.Name)]
public class HostileTests
{
    private const string Secret = "hunter2-coursekit-fake-secret";
    private const string Graders = "/tmp/coursekit-hostile-graders";
    private const string Reference = "double F(double x) => Math.Cos(x); // the instructor's reference";

    static HostileTests() => Environment.SetEnvironmentVariable("COURSEKIT_FAKE_SECRET", Secret);

    public static TheoryData<string> Cases => [.. HostileCase.Names()];

    public static TheoryData<string> UngatedCases => [.. HostileCase.Names().Where(n => HostileCase.Load(n).Ungated is not null)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gated(string name)
    {
        var fixture = HostileCase.Load(name);
        Check(fixture, fixture.Gated, gate: true);
    }

    [Theory]
    [MemberData(nameof(UngatedCases))]
    public void Ungated_the_jail_still_holds(string name)
    {
        var fixture = HostileCase.Load(name);
        if (!WorkerRunner.SandboxAvailable)
        {
            // Without bubblewrap this code must not run at all when the sandbox is required.
            var refused = GradingPipeline.Run(Request(fixture), SandboxPolicy.RequireSandbox, gate: false);
            Assert.True(refused.Outcome is Outcome.Refused or Outcome.CompileError, PipelineTests.Describe(refused));
            return;
        }

        Check(fixture, fixture.Ungated!, gate: false);
    }

    [Fact]
    public void A_20_MB_source_is_refused_before_compiling()
    {
        var source = "double F(double x) => x;\n//" + new string('x', 20 << 20);
        var clock = Stopwatch.StartNew();

        var result = GradingPipeline.Run(new GradingRequest
        {
            Submission = new Submission(source),
            EntryPoint = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar),
            Inputs = [[RawValue.FromScalar(1)]],
        });

        Assert.Equal(Outcome.CompileError, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "CK0001" && d.Message.Contains("limited to", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("parentheses", "double F(double x) => {0}x{1};", "(", ")")]
    [InlineData("generics", "double F(double x) {{ List<{0}int{1} l = null!; return x; }}", "List<", ">")]
    [InlineData("tuple types", "double F(double x) {{ {0}int{1} t = default; return x; }}", "(int, ", ")")]
    public void Sixty_thousand_nested_brackets_are_refused_before_they_reach_the_parser(string what, string shape, string open, string close)
    {
        // Unguarded, 60,000 nested parentheses overflow the stack in Roslyn's parser and kill the grading process.
        var source = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, string.Concat(Enumerable.Repeat(open, 60_000)), string.Concat(Enumerable.Repeat(close, 60_000)));

        var result = GradingPipeline.Run(new GradingRequest
        {
            Submission = new Submission(source),
            EntryPoint = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar),
            Inputs = [[RawValue.FromScalar(1)]],
            Limits = new GradingLimits { MaxSourceBytes = 1 << 20 },
        });

        Assert.Equal(Outcome.CompileError, result.Outcome);
        Assert.True(result.Diagnostics.Single().Code == "CK0004", $"{what}: {PipelineTests.Describe(result)}");
    }

    private static void Check(HostileCase fixture, Expectation expected, bool gate)
    {
        try
        {
            CheckWithFakeGraders(fixture, expected, gate);
        }
        finally
        {
            if (Directory.Exists(Graders))
            {
                Directory.Delete(Graders, recursive: true);
            }
        }
    }

    private static void CheckWithFakeGraders(HostileCase fixture, Expectation expected, bool gate)
    {
        Directory.CreateDirectory(Graders);
        File.WriteAllText(Path.Combine(Graders, "reference.csx"), Reference);
        var tmpBefore = RuntimeLitter();
        var request = Request(fixture);
        var inputsBefore = fixture.Inputs.Select(call => call.Select(v => v.ToArray()).ToArray()).ToArray();

        var result = GradingPipeline.Run(request, SandboxPolicy.PreferSandbox, gate);
        var described = PipelineTests.Describe(result);

        Assert.True(expected.Outcomes.Contains(result.Outcome), $"{fixture.Name}: expected {string.Join("|", expected.Outcomes)}, got {described}");
        if (expected.ReturnedValue is { } value)
        {
            Assert.All(result.Calls, c => Assert.Equal(value, c.Value!.Scalar));
        }
        else
        {
            Assert.DoesNotContain(result.Calls, c => c.Outcome == Outcome.Returned && result.Outcome == Outcome.Returned);
            var said = string.Join("\n", result.Diagnostics.Select(d => d.ToString()).Append(result.Cause ?? string.Empty).Concat(result.Calls.Select(c => c.Detail ?? string.Empty)));
            Assert.True(said.Contains(expected.Text, StringComparison.Ordinal), $"{fixture.Name}: expected the result to mention '{expected.Text}', got {described}");
        }

        if (fixture.ExpectTruncated)
        {
            Assert.True(result.OutputTruncated, described);
        }

        Assert.True(result.Stdout.Length <= request.Limits.OutputCapBytes && result.Stderr.Length <= request.Limits.OutputCapBytes);
        Assert.DoesNotContain(Secret, result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Equal(inputsBefore, fixture.Inputs.Select(call => call.Select(v => v.ToArray()).ToArray()).ToArray());
        if (result.Diagnostics.Count == 0)
        {
            Assert.Equal(WorkerRunner.SandboxAvailable, result.Sandboxed);
        }

        AssertNothingLeftBehind(tmpBefore, result.WorkerProcessId);
    }

    private static GradingRequest Request(HostileCase fixture) => new()
    {
        Submission = new Submission(fixture.Source),
        EntryPoint = fixture.Entry,
        Inputs = fixture.Inputs,
        ForbiddenIdentifiers = fixture.Forbidden,
        Limits = new GradingLimits
        {
            CallTimeout = TimeSpan.FromSeconds(2),
            StartTimeout = TimeSpan.FromSeconds(5),
            SubmissionTimeout = TimeSpan.FromSeconds(20),
            CompileTimeout = fixture.CompileTimeout ?? TimeSpan.FromSeconds(10),
        },
    };

    private static void AssertNothingLeftBehind(HashSet<string> tmpBefore, int workerId)
    {
        Assert.Equal(Reference, File.ReadAllText(Path.Combine(Graders, "reference.csx")));
        Assert.False(File.Exists("/tmp/coursekit-hostile-pwned"), "a jailed process wrote to the host's /tmp");
        Assert.False(File.Exists("/tmp/coursekit-hostile-written"), "a jailed process wrote to the host's /tmp");
        // Other engineers' dotnet processes leave sockets in /tmp too; only the worker's (by its id) count.
        var litter = RuntimeLitter().Except(tmpBefore).Where(n => n.StartsWith("coursekit-", StringComparison.Ordinal) || n.Contains($"-{workerId}-", StringComparison.Ordinal)).ToList();
        Assert.True(litter.Count == 0, $"left in /tmp: {string.Join(", ", litter)}");

        // The kill is synchronous, but a jailed tree may take a moment to be reaped.
        var clock = Stopwatch.StartNew();
        List<string> survivors;
        while ((survivors = Workers()).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(100);
        }

        Assert.True(survivors.Count == 0, $"worker processes left: {string.Join("; ", survivors)}");
    }

    /// <summary>Files a .NET process may leave in /tmp (diagnostic sockets, dumps) or a hostile one may write.</summary>
    private static HashSet<string> RuntimeLitter() =>
        [.. Directory.EnumerateFileSystemEntries(Path.GetTempPath())
            .Select(p => Path.GetFileName(p))
            .Where(n => n.StartsWith("dotnet-diagnostic-", StringComparison.Ordinal)
                || n.StartsWith("clr-debug-pipe-", StringComparison.Ordinal)
                || n.StartsWith("coredump", StringComparison.Ordinal)
                || n.StartsWith("coursekit-hostile-", StringComparison.Ordinal) && n != "coursekit-hostile-graders")];

    private static bool IsWorkerId(string uid) =>
        int.TryParse(uid, out var id) && (id == 65534 || id >= Jail.FirstWorkerId && id < Jail.FirstWorkerId + Jail.WorkerIds);

    /// <summary>Live processes that belong to a worker: its command line, or the unprivileged user it runs as.</summary>
    private static List<string> Workers()
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                var status = File.ReadAllText(Path.Combine(dir, "status"));
                var nobody = status.Split('\n').Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(IsWorkerId));
                var zombie = status.Contains("State:\tZ", StringComparison.Ordinal);
                if (!zombie && (nobody || commandLine.Contains("CourseKit.Grading.Worker.dll", StringComparison.Ordinal)))
                {
                    found.Add($"{Path.GetFileName(dir)}: {commandLine}");
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }
}
