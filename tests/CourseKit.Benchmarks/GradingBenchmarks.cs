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
/// and iterations more than 1,000 submissions pass through, and the heap must stay flat.
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

    /// <summary>How many submissions run at once; twice the cores, since a worker spends part of its life waiting on start-up.</summary>
    [Params(4)]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
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

        HeapColumn.Clear();
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

    [IterationCleanup]
    public void AfterBatch() => HeapColumn.Record(_batch * Submissions);

    private sealed class BatchConfig : SelfTimedConfig
    {
        public BatchConfig()
            : base(warmups: 1, iterations: 5)
        {
            AddColumn(new ThroughputColumn("submissions/s", Submissions));
            AddColumn(new HeapColumn());
        }
    }
}
