using CourseKit.Grading.Batch;

namespace CourseKit.Grading.Tests.Batch;

public class ShardTests
{
    private static readonly List<BatchSubmission> Class =
        [.. Enumerable.Range(0, 500).Select(i => new BatchSubmission($"/x/s{i:D3}/ex.csx", $"s{i:D3}/ex.csx", $"s{i:D3}", "ex"))];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_cover_every_submission_exactly_once_and_stay_balanced(int count)
    {
        var taken = Enumerable.Range(0, count).Select(k => Class.Where(new Shard(k, count).Contains).ToList()).ToList();

        Assert.Equal(Class.Select(s => s.RelativePath).Order(), taken.SelectMany(t => t).Select(s => s.RelativePath).Order());
        Assert.All(taken, t => Assert.InRange(t.Count, Class.Count / count / 2, Class.Count / count * 2));
    }

    [Fact]
    public void A_submissions_shard_depends_only_on_its_path_so_late_files_move_nothing()
    {
        var before = Class.ToDictionary(s => s.RelativePath, s => Shard.Of(s.RelativePath, 5));
        var withLate = Class.Append(new BatchSubmission("/x/late/ex.csx", "late/ex.csx", "late", "ex")).ToList();

        Assert.All(withLate.Take(Class.Count), s => Assert.Equal(before[s.RelativePath], Shard.Of(s.RelativePath, 5)));

        // Windows and POSIX separators name the same submission, so they must land in the same shard.
        Assert.Equal(Shard.Of("alice/square-derivative.csx", 1000), Shard.Of("alice\\square-derivative.csx", 1000));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/4", 3, 4)]
    public void Parses_k_over_n(string text, int index, int count)
    {
        Assert.Equal(new Shard(index, count), Shard.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Refuses_anything_else(string text)
    {
        Assert.Null(Shard.Parse(text, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
