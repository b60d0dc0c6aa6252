using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CourseKit.Grading.Batch;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based, like a Kubernetes completion index): a submission
/// belongs to the shard its relative path hashes to, so the split does not depend on the machine, the order of
/// files, or which other files exist, and adding a late submission moves no other one.
/// </summary>
/// <param name="Index">This shard, from 0 to <paramref name="Count"/> − 1.</param>
/// <param name="Count">How many shards the class is split into.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole class in one shard.</summary>
    public static Shard All { get; } = new(0, 1);

    /// <summary>Parses <c>k/n</c> with 0 ≤ k &lt; n; null with <paramref name="error"/> set otherwise.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            error = null;
            return new Shard(index, count);
        }

        error = $"--shard wants k/n with 0 <= k < n (k counts from 0, like JOB_COMPLETION_INDEX), not '{text}'";
        return null;
    }

    /// <summary>Which of <paramref name="count"/> shards the submission at <paramref name="relativePath"/> belongs to.</summary>
    public static int Of(string relativePath, int count)
    {
        // SHA-256, not string.GetHashCode: that one is randomised per process and every shard must agree.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)count);
    }

    /// <summary>True when the submission is this shard's to grade.</summary>
    public bool Contains(BatchSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Of(submission.RelativePath, Count) == Index;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
