using System.Diagnostics;
using System.Text;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Batch;

/// <summary>
/// Grades a class's submissions, several at a time, each in its own jailed worker (through <see cref="ExerciseGrader"/>),
/// writing each report as it finishes and skipping what an earlier run already judged. Nothing one submission does,
/// and no exception while grading it, stops the others: it becomes that submission's error row.
/// </summary>
public sealed class BatchGrader
{
    private const string Unreadable = "unreadable";

    private readonly LoadedCourse _course;
    private readonly Func<Exercise, Submission, string, Task<GradeReport>> _grade;
    private readonly int _jobs;

    /// <summary>Creates a batch grader over <paramref name="course"/>, loaded from <paramref name="courseRoot"/>.</summary>
    /// <param name="course">The loaded course; exercises with errors in it are reported, not graded.</param>
    /// <param name="courseRoot">Its root folder, where the references in graders/ are read.</param>
    /// <param name="policy">Whether workers must run in the OS jail.</param>
    /// <param name="jobs">How many submissions are graded at once (each one worker process).</param>
    /// <param name="language">The language of the reports' text: <c>en</c> or <c>zh</c> (see <see cref="ReportText"/>).</param>
    public BatchGrader(LoadedCourse course, string courseRoot, SandboxPolicy policy, int jobs, string language = "en")
        : this(course, jobs, new ExerciseGrader(courseRoot, policy, language).GradeAsync)
    {
    }

    /// <summary>The same with the grading step given, so tests can count or break it.</summary>
    internal BatchGrader(LoadedCourse course, int jobs, Func<Exercise, Submission, string, CancellationToken, Task<GradeReport>> grade)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        _course = course;
        _jobs = jobs;

        // In-flight submissions always finish (their worker has hard limits); cancellation only stops new ones.
        _grade = (exercise, submission, student) => grade(exercise, submission, student, CancellationToken.None);
    }

    /// <summary>
    /// Grades <paramref name="submissions"/> into <paramref name="output"/>. <paramref name="finished"/> is called once per
    /// submission, one call at a time: first for those carried over, then as each graded one is written.
    /// </summary>
    public async Task<BatchRun> RunAsync(
        IReadOnlyList<BatchSubmission> submissions, BatchOutput output, Action<BatchResult>? finished = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(output);
        var results = new List<BatchResult>(submissions.Count);
        var report = new Lock();
        void Done(BatchResult result)
        {
            lock (report)
            {
                results.Add(result);
                finished?.Invoke(result);
            }
        }

        var pending = new List<(BatchSubmission Submission, byte[]? Content, string Hash)>();
        var carried = new List<BatchResult>();
        foreach (var submission in submissions)
        {
            byte[]? content;
            try
            {
                content = await File.ReadAllBytesAsync(submission.Path, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Recorded as an error row under a hash no file has, so the next run tries to read it again.
                content = null;
            }

            var hash = content is null ? Unreadable : BatchOutput.Hash(content);
            if (content is not null && output.Previous(submission, hash) is { } row)
            {
                carried.Add(new BatchResult(submission, row, CarriedOver: true));
            }
            else
            {
                pending.Add((submission, content, hash));
            }
        }

        output.Begin(carried.Select(c => c.Row));
        carried.ForEach(Done);

        using var slots = new SemaphoreSlim(_jobs);
        var running = new List<Task>();
        var started = 0;
        foreach (var (submission, content, hash) in pending)
        {
            try
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // A slot freed at the moment of cancellation can still be granted; nothing new starts after it either way.
            if (cancellationToken.IsCancellationRequested)
            {
                slots.Release();
                break;
            }

            started++;
            running.Add(Task.Run(
                async () =>
                {
                    try
                    {
                        var graded = await GradeOne(submission, content).ConfigureAwait(false);
                        Done(new BatchResult(submission, output.Record(submission, hash, graded), CarriedOver: false));
                    }
                    finally
                    {
                        slots.Release();
                    }
                },
                CancellationToken.None));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        return new BatchRun(results, started < pending.Count, pending.Count - started);
    }

    private async Task<GradeReport> GradeOne(BatchSubmission submission, byte[]? content)
    {
        var clock = Stopwatch.StartNew();
        GradeReport Error(double maxScore, string why) =>
            new(submission.ExerciseId, submission.Student, Verdict.Error, 0, maxScore, clock.Elapsed, $"grader error: {why}", [], []);

        if (_course.Course.FindExercise(submission.ExerciseId) is not { } exercise)
        {
            return Error(0, $"the course has no exercise '{submission.ExerciseId}' (named by {submission.RelativePath})");
        }

        var broken = _course.Diagnostics.Where(d => d.IsError && d.File == exercise.File).ToList();
        if (broken.Count > 0)
        {
            return Error(exercise.Points, $"the exercise has errors in the course itself (run `coursekit check`): {broken[0]}");
        }

        if (content is null)
        {
            return Error(exercise.Points, $"could not read {submission.RelativePath}");
        }

        try
        {
            var source = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(content);
            return await _grade(exercise, new Submission(source.TrimStart('\uFEFF'), Path.GetFileName(submission.Path)), submission.Student).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever goes wrong with one submission is its error row; the class goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Error(exercise.Points, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
