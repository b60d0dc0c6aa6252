namespace CourseKit.Grading.Reports;

/// <summary>The shapes a report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>For a person at a terminal: a line per check, and for failures the input, expected against got, a hint.</summary>
    Text,

    /// <summary>Gradescope's results.json fields plus CourseKit's own (exercise, student, verdicts).</summary>
    Json,

    /// <summary>Exactly the object Gradescope's autograder harness reads from results.json.</summary>
    Gradescope,

    /// <summary>JUnit XML, for CI systems that show test reports.</summary>
    Junit,
}
