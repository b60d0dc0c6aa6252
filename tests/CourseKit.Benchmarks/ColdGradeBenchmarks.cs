using BenchmarkDotNet.Attributes;

namespace CourseKit.Benchmarks;

/// <summary>
/// One learner running <c>grade</c> once: a new process that loads Roslyn, compiles the reference and the answer,
/// starts a jailed worker and prints the report. Target: under 2 s wall. The tool as shipped is published
/// ReadyToRun (<c>dotnet publish src/CourseKit.Grade -c Release -r linux-x64 -p:PublishReadyToRun=true</c>); the
/// baseline is the same tool published without it, which is what <c>dotnet run</c> gives, so the ratio shows what
/// precompiling Roslyn and the worker buys.
/// </summary>
[Config(typeof(ColdConfig))]
public class ColdGradeBenchmarks
{
    private const string Sample = "graders/01-calculus/gradient-quadratic-exp/correct-engine.csx";

    private string _root = "";
    private string _work = "";

    [GlobalSetup]
    public void Setup()
    {
        _root = Repository.Root;
        _work = Directory.CreateTempSubdirectory("coursekit-cold-bench-").FullName;
        Publish("jit", []);
        Publish("r2r", ["-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true"]);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    [Benchmark(Baseline = true, Description = "grade, published without ReadyToRun (as dotnet run)")]
    public int Jit() => Grade("jit");

    [Benchmark(Description = "grade, published ReadyToRun")]
    public int ReadyToRun() => Grade("r2r");

    private int Grade(string flavour)
    {
        // `grade` exits 1 for anything short of full marks, which Repository.Dotnet turns into a failed benchmark.
        var output = Repository.Dotnet($"grade ({flavour})", [Path.Combine(_work, flavour, "grade.dll"), Sample, "--exercise", "gradient-quadratic-exp"]);
        return output.Contains("Score: 10/10", StringComparison.Ordinal)
            ? output.Length
            : throw new InvalidOperationException($"grade ({flavour}) did not give full marks to a correct sample: {output}");
    }

    private void Publish(string flavour, string[] options) =>
        Repository.Dotnet(
            $"dotnet publish ({flavour})",
            ["publish", Path.Combine(_root, "src", "CourseKit.Grade", "CourseKit.Grade.csproj"), "-c", "Release", "-o", Path.Combine(_work, flavour), .. options]);

    private sealed class ColdConfig : SelfTimedConfig
    {
        public ColdConfig()
            : base(warmups: 1, iterations: 7)
        {
        }
    }
}
