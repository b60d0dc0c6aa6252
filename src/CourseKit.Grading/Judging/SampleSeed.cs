using System.Security.Cryptography;
using System.Text;

namespace CourseKit.Grading.Judging;

/// <summary>
/// The seed that draws an exercise's sample inputs: made of the exercise id and, when given, the student id, so each
/// learner gets their own inputs and a regrade draws exactly the same ones on any machine.
/// </summary>
public static class SampleSeed
{
    /// <summary>A stable 32-bit seed from the exercise and student ids (SHA-256, not string.GetHashCode, which varies per process).</summary>
    public static int For(string exerciseId, string? studentId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(exerciseId);
        var text = studentId is null ? exerciseId : $"{exerciseId}\n{studentId}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}
