namespace CourseKit.Content.Model;

/// <summary>What an exercise asks for; it decides which <c>check</c> keys apply and how the grader judges.</summary>
public enum ExerciseKind
{
    /// <summary>A function <c>double → double</c> that returns f′(x); truth from the engine's derivative of the reference.</summary>
    Derivative,

    /// <summary>A function <c>double[] → double[]</c> returning ∇f(x).</summary>
    Gradient,

    /// <summary>A function <c>double[] → double[,]</c> returning the Jacobian.</summary>
    Jacobian,

    /// <summary>Any supported signature, compared with a reference implementation of the same signature.</summary>
    Function,

    /// <summary>A function returning a ScottPlot <c>Plot</c>, inspected series by series.</summary>
    Plot,

    /// <summary>Pick one or more of a list of options.</summary>
    Choice,

    /// <summary>A single number, compared within a tolerance.</summary>
    Numeric,

    /// <summary>Recorded for the instructor to grade by hand.</summary>
    Manual,
}
