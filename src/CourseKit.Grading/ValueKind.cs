namespace CourseKit.Grading;

/// <summary>The shapes an entry method may take and return: the ones a grader can compare without learner code.</summary>
public enum ValueKind
{
    /// <summary>A <see cref="double"/>.</summary>
    Scalar,

    /// <summary>A <c>double[]</c>.</summary>
    Vector,

    /// <summary>A rectangular <c>double[,]</c>.</summary>
    Matrix,

    /// <summary>A <c>Func&lt;double, double&gt;</c> drawn from a function family; travels as its description.</summary>
    Function,

    /// <summary>A ScottPlot <c>Plot</c>, returned only; the worker sends what it shows as a <see cref="PlotData"/>.</summary>
    Plot,
}
