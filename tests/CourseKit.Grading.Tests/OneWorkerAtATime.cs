namespace CourseKit.Grading.Tests;

/// <summary>
/// Tests that start workers run one at a time: the machine has two cores, and "no process left behind"
/// can only be asserted when no other test's worker is alive.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneWorkerAtATime
{
    public const string Name = "workers";
}
