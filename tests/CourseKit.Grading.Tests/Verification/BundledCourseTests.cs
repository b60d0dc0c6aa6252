using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Content.Verification;
using CourseKit.Grading.Verification;

namespace CourseKit.Grading.Tests.Verification;

public class BundledCourseTests
{

    [Fact]
    public async Task The_bundled_course_loads_clean_and_every_sample_gets_its_promised_verdict()
    {
        var root = Repository.Root;
        var loaded = CourseLoader.Load(root);
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));

        var diagnostics = await new GradingVerifier().VerifyAsync(new CourseVerificationContext(loaded, new PhysicalCourseFileSystem(root)), CancellationToken.None);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_exercise_of_the_bundled_course_has_two_correct_and_four_wrong_samples()
    {
        var course = CourseLoader.Load(Repository.Root).Course;

        Assert.Equal(13, course.Exercises.Count());
        foreach (var exercise in course.Exercises.Where(e => e.Kind != ExerciseKind.Manual))
        {
            var samples = exercise.Grader.Samples;
            Assert.True(samples.Count(s => s.Verdict == SampleVerdict.Passed) >= 2, $"{exercise.Id} has fewer than 2 correct samples");
            Assert.True(samples.Count(s => s.Verdict != SampleVerdict.Passed) >= 4, $"{exercise.Id} has fewer than 4 wrong samples");
        }
    }
}
