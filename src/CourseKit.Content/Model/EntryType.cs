namespace CourseKit.Content.Model;

/// <summary>The types an exercise entry may take and return (what the grader can draw and compare).</summary>
public enum EntryType
{
    /// <summary><c>double</c></summary>
    Double,

    /// <summary><c>double[]</c></summary>
    DoubleArray,

    /// <summary><c>double[,]</c></summary>
    DoubleMatrix,

    /// <summary><c>Func&lt;double, double&gt;</c></summary>
    Function,

    /// <summary><c>ScottPlot.Plot</c> (return type only in practice).</summary>
    Plot,

    /// <summary><c>string</c></summary>
    String,

    /// <summary><c>int</c></summary>
    Int,
}
