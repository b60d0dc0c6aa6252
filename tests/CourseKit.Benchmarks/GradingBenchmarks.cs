using BenchmarkDotNet.Attributes;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Grading;
using CourseKit.Grading.Batch;

namespace CourseKit.Benchmarks;

/// <summary>
/// Batch grading as an instructor runs it: 200 mixed submissions (every sample under graders/, each verdict, cycled
/// under distinct student ids so every one draws its own inputs), each compiled in this process and run in its own
/// jailed worker. Target: at least 10 per second on two cores. One operation is the whole batch, so the
/// submissions/s column is the class-sized rate, process start-ups included.
/// The same run records this process's managed heap after every batch (<see cref="HeapColumn"/>): across warm-up
/// and iterations more than 1,000 submissions pass through, and the heap must stay flat. One rise is expected and
/// bounded: Roslyn's parser keeps a static cache of 65,536 small syntax nodes, which fills over the first tens of
/// thousands of compiles (about 0.5 KB per submission at first, holding about 9 MB when full); a rise beyond that is a leak
/// (CompilerMemoryTests guards the one there was: a load context per compile).
/// </summary>
[Config(typeof(BatchConfig))]
public class GradingBenchmarks
{
    private const int Submissions = 200;

    private string _root = "";
    private string _work = "";
    private LoadedCourse? _course;
    private readonly List<BatchSubmission> _class = [];
    private int _batch;

    /// <summary>How many submissions run at once: twice the cores, so one worker's start-up overlaps another's run.</summary>
    [Params(4)]
    public int Jobs { get; set; }

    [GlobalSetup(Target = nameof(Batch))]
    public void Setup()
    {
        Prepare();
        HeapColumn.Clear();
    }

    [GlobalSetup(Target = nameof(PublishedCli))]
    public void SetupPublished()
    {
        Prepare();
        Repository.Dotnet(
            "dotnet publish (coursekit)",
            ["publish", Path.Combine(_root, "src", "CourseKit.Cli", "CourseKit.Cli.csproj"), "-c", "Release", "-r", "linux-x64", "-o", Path.Combine(_work, "coursekit")]);
    }

    private void Prepare()
    {
        _root = Repository.Root;
        _course = CourseLoader.Load(_root);
        _work = Directory.CreateTempSubdirectory("coursekit-batch-bench-").FullName;
        var samples = Directory.EnumerateFiles(Path.Combine(_root, "graders"), "*.csx", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith("reference", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < Submissions; i++)
        {
            var sample = samples[i % samples.Count];
            var exercise = Path.GetFileName(Path.GetDirectoryName(sample)!);
            var student = $"s{i:D3}";
            var path = Path.Combine(_work, "class", student, exercise + ".csx");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(sample, path);
            _class.Add(new BatchSubmission(path, Path.Combine(student, exercise + ".csx"), student, exercise));
        }

        _batch = 0;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    [Benchmark(Description = "batch of 200 mixed submissions, jailed")]
    public int Batch()
    {
        // A fresh output folder each time: an existing gradebook would let the batch resume and grade nothing.
        using var output = new BatchOutput(Path.Combine(_work, "out", (_batch++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var run = new BatchGrader(_course!, _root, SandboxPolicy.PreferSandbox, Jobs).RunAsync(_class, output).GetAwaiter().GetResult();
        if (run.Graded != Submissions || run.Results.Any(r => r.Row.Status == "error"))
        {
            throw new InvalidOperationException($"the batch graded {run.Graded} of {Submissions}, or some ended in a grader error: the benchmark would measure nothing");
        }

        return run.Graded;
    }

    /// <summary>
    /// The same class through the tool an instructor runs: <c>coursekit grade --auto</c>, published for linux-x64 and so
    /// ReadyToRun (the worker too), one new process per batch. It exits non-zero on any grader-error row.
    /// </summary>
    [Benchmark(Description = "the same batch through `coursekit grade`, published ReadyToRun")]
    public int PublishedCli()
    {
        var output = Path.Combine(_work, "out", (_batch++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Repository.Dotnet(
            "coursekit grade",
            [Path.Combine(_work, "coursekit", "coursekit.dll"), "grade", Path.Combine(_work, "class"), "--auto", "--out", output,
             "--jobs", Jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--course", _root]);
        var rows = File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Length - 1;
        return rows == Submissions ? rows : throw new InvalidOperationException($"the gradebook has {rows} rows, not {Submissions}");
    }

    [IterationCleanup(Target = nameof(Batch))]
    public void AfterBatch() => HeapColumn.Record(_batch * Submissions);

    private sealed class BatchConfig : SelfTimedConfig
    {
        public BatchConfig()
            : base(warmups: 1, iterations: 5)
        {
            AddColumn(new ThroughputColumn("submissions/s", Submissions));
            AddColumn(new HeapColumn(nameof(Batch)));
        }
    }
}
