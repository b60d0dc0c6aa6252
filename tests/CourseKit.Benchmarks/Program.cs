using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace CourseKit.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/CourseKit.Benchmarks -- --filter '*Gemm*'</c>; add <c>--job short</c> for
/// a quick pass (all benchmarks in about ten minutes on two cores).
/// Benchmarks whose operation takes seconds (a batch of submissions, a cold process) fix their own in-process job
/// through a <see cref="SelfTimedConfig"/>; a job named on the command line would run them a second time under it,
/// so it is dropped for them.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = new BenchmarkConfig();
        var torchFailure = TorchAvailability.Failure;
        if (TorchAvailability.Adjustment is { } adjustment)
        {
            Console.WriteLine($"// TorchSharp: {adjustment}");
        }

        if (torchFailure is { } failure)
        {
            Console.WriteLine($"// TorchSharp rows skipped: {failure}");
            config.AddFilter(new SimpleFilter(b => !b.Descriptor.HasCategory(TorchAvailability.Category)));
        }

        var inProcess = args.Any(a => a is "--inProcess" or "-i") ? args : [.. args, "--inProcess"];
        var types = typeof(Program).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute), inherit: false))).ToList();
        var selfTimed = types.Where(t => t.GetCustomAttributes(typeof(ConfigAttribute), inherit: true).Cast<ConfigAttribute>().Any(c => c.Config is SelfTimedConfig)).ToArray();
        var others = types.Except(selfTimed).ToArray();
        if (Selected(others, args))
        {
            BenchmarkSwitcher.FromTypes(others).Run(inProcess, config);
        }

        if (Selected(selfTimed, args))
        {
            BenchmarkSwitcher.FromTypes(selfTimed).Run(WithoutJob(args), config);
        }
    }

    /// <summary>Whether a <c>--filter</c> glob (or no filter) selects a benchmark of <paramref name="types"/>, so a run that
    /// selects none of them is not reported as a filter that matched nothing.</summary>
    private static bool Selected(Type[] types, string[] args)
    {
        var patterns = args.SkipWhile(a => a is not ("--filter" or "-f")).Skip(1).TakeWhile(a => !a.StartsWith('-')).ToList();
        var names = types.SelectMany(t => t.GetMethods().Where(m => m.IsDefined(typeof(BenchmarkAttribute), inherit: false)).Select(m => $"{t.FullName}.{m.Name}"));
        return types.Length > 0
            && (patterns.Count == 0 || names.Any(n => patterns.Any(p => System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(p, n))));
    }

    private static string[] WithoutJob(string[] args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--job" or "-j")
            {
                i++;
                continue;
            }

            if (args[i] is not ("--inProcess" or "-i"))
            {
                kept.Add(args[i]);
            }
        }

        return [.. kept];
    }
}
