using System.Runtime.Loader;
using CourseKit.Grading.Compiling;

namespace CourseKit.Grading.Tests;

/// <summary>
/// What compiling leaves behind in the grading process, which grades a whole class without restarting. Counted on
/// process-wide state, so these tests run while no other test does.
/// </summary>
[Collection(ProcessWideCounts.Name)]
public class CompilerMemoryTests
{
    private static readonly EntryPoint Scalar = new("F", [ValueKind.Scalar], ValueKind.Scalar);

    [Fact]
    public void Compiling_many_submissions_leaves_no_assembly_load_context_behind_for_each()
    {
        // A non-collectible load context lives until the process ends: one per submission grows the heap for ever.
        const int Submissions = 40;
        Compile(0);
        var before = AssemblyLoadContext.All.Count();

        for (var i = 1; i <= Submissions; i++)
        {
            Compile(i);
        }

        Assert.Equal(before, AssemblyLoadContext.All.Count());
    }

    private static void Compile(int i)
    {
        // Distinct sources, as a class's are.
        var result = ScriptCompiler.Compile(new Submission($"double F(double x) => {i} * x + Math.Sin(x);"), Scalar, [], new GradingLimits());
        Assert.True(result.Compiled is not null, string.Join(" | ", result.Diagnostics));
    }
}

/// <summary>Tests that count something the whole process shares (load contexts, handles) run while no other test does.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounts
{
    public const string Name = "process-wide counts";
}
