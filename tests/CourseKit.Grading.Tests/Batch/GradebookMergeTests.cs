using CourseKit.Grading.Batch;

namespace CourseKit.Grading.Tests.Batch;

public class GradebookMergeTests
{
    private static string Shard(ClassFolder folder, string name, params GradebookRow[] rows)
    {
        var root = Path.Combine(folder.Root, name);
        Gradebook.Write(Path.Combine(root, Gradebook.FileName), rows);
        foreach (var row in rows)
        {
            var report = Path.Combine(root, "reports", row.Student, row.Exercise + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(report)!);
            File.WriteAllText(report, $"{{\"from\": \"{name}\"}}");
        }

        return root;
    }

    [Fact]
    public void Merging_shards_keeps_each_answer_once_and_copies_its_report()
    {
        using var folder = new ClassFolder();
        var first = Shard(folder, "shard-0", new("alice", "ex", 10, 10, "passed", "passed", 1), new("bob", "ex", 4, 10, "failed", "wrong", 2));
        var second = Shard(folder, "shard-1", new("carol", "ex", 0, 10, "failed", "timeout", 9), new("alice", "ex", 10, 10, "passed", "passed", 1.7));
        var merged = Path.Combine(folder.Root, "merged");

        var result = GradebookMerge.Merge([first, second], merged);

        Assert.Empty(result.Conflicts);
        Assert.Equal(1, result.Duplicates);
        Assert.Equal(["alice", "bob", "carol"], Gradebook.Read(Path.Combine(merged, Gradebook.FileName)).Select(r => r.Student));
        Assert.Equal("{\"from\": \"shard-1\"}", File.ReadAllText(Path.Combine(merged, "reports", "carol", "ex.json")));
        Assert.Equal("{\"from\": \"shard-0\"}", File.ReadAllText(Path.Combine(merged, "reports", "alice", "ex.json")));
    }

    [Fact]
    public void Conflicting_results_for_one_answer_are_named_and_nothing_is_written()
    {
        using var folder = new ClassFolder();
        var first = Shard(folder, "run-a", new GradebookRow("alice", "ex", 10, 10, "passed", "passed", 1));
        var second = Shard(folder, "run-b", new GradebookRow("alice", "ex", 4, 10, "failed", "wrong", 1));
        var merged = Path.Combine(folder.Root, "merged");

        var result = GradebookMerge.Merge([first, second], merged);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Contains("student 'alice', exercise 'ex'", conflict, StringComparison.Ordinal);
        Assert.Contains($"{first} says 10/10 passed", conflict, StringComparison.Ordinal);
        Assert.Contains($"{second} says 4/10 wrong", conflict, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(merged, Gradebook.FileName)));
    }

    [Fact]
    public void A_folder_without_a_gradebook_is_named()
    {
        using var folder = new ClassFolder();
        var error = Assert.Throws<FileNotFoundException>(() => GradebookMerge.Merge([folder.Submissions], Path.Combine(folder.Root, "merged")));
        Assert.Contains(folder.Submissions, error.Message, StringComparison.Ordinal);
    }
}
