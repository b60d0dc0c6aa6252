using System.CommandLine;
using CourseKit.Grading.Batch;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit grade merge &lt;out1&gt; &lt;out2&gt; … --out merged</c>: joins the output folders of shards or runs.</summary>
internal sealed class GradeMergeCommand : Command
{
    private readonly Argument<string[]> inputs = new("outputs")
    {
        Description = "The output folders of `coursekit grade` runs (one per shard).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> output = new("--out", "-o")
    {
        Description = "The merged output folder: gradebook.csv and reports/.",
        Required = true,
    };

    public GradeMergeCommand(CliConsole console)
        : base(
            "merge",
            "Join gradebooks and reports, keeping each student's answer to an exercise once. Results that disagree for the "
            + "same student and exercise are a conflict: they are named, nothing is written, exit 1.\n\n"
            + "Example:\n  coursekit grade merge grades-0/ grades-1/ grades-2/ --out grades/")
    {
        Arguments.Add(inputs);
        Options.Add(output);
        SetAction(parse => Run(console, parse.GetValue(inputs) ?? [], parse.GetValue(output)!));
    }

    private static int Run(CliConsole console, string[] folders, string target)
    {
        MergeResult result;
        try
        {
            result = GradebookMerge.Merge([.. folders.Select(console.Resolve)], console.Resolve(target));
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"coursekit grade merge: {e.Message}");
            return ExitCodes.Failure;
        }

        if (result.Conflicts.Count > 0)
        {
            foreach (var conflict in result.Conflicts)
            {
                console.Error.WriteLine($"coursekit grade merge: conflict: {conflict}");
            }

            console.Error.WriteLine($"coursekit grade merge: {result.Conflicts.Count} conflicting result{(result.Conflicts.Count == 1 ? "" : "s")}; nothing was written. Regrade those answers, or drop the stale folder.");
            return ExitCodes.Failure;
        }

        GradeCommand.WriteSummary(console, BatchSummary.Of(result.Rows));
        console.Out.WriteLine(
            $"merged {folders.Length} gradebook{(folders.Length == 1 ? "" : "s")}: {result.Rows.Count} rows, {result.Duplicates} duplicate{(result.Duplicates == 1 ? "" : "s")} dropped; gradebook: {Path.Combine(target, Gradebook.FileName)}");
        return ExitCodes.Success;
    }
}
