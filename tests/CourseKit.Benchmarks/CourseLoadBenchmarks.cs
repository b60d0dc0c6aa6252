using BenchmarkDotNet.Attributes;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Content.Tests;

namespace CourseKit.Benchmarks;

/// <summary>
/// Loading a course into the model with every diagnostic: the bundled course from disk (target: under 200 ms warm)
/// and a generated course of 100 chapters × 20 exercises in memory (target: under 2 s, and linear growth).
/// </summary>
[MemoryDiagnoser]
public class CourseLoadBenchmarks
{
    private string _root = "";
    private InMemoryCourseFileSystem _quarter = new();
    private InMemoryCourseFileSystem _large = new();

    [GlobalSetup]
    public void Setup()
    {
        _root = Repository.Root;
        _quarter = GeneratedCourse.Generate(chapters: 25, exercisesPerChapter: 20);
        _large = GeneratedCourse.Generate(chapters: 100, exercisesPerChapter: 20);
    }

    [Benchmark(Description = "bundled course, from disk")]
    public int Bundled() => CourseLoader.Load(_root).Course.Exercises.Count();

    [Benchmark(Description = "generated 25 chapters × 20 exercises, in memory")]
    public int Quarter() => CourseLoader.Load(_quarter).Course.Exercises.Count();

    [Benchmark(Description = "generated 100 chapters × 20 exercises, in memory")]
    public int Large() => CourseLoader.Load(_large).Course.Exercises.Count();
}
