namespace CourseKit.Grading.Worker.Protocol;

/// <summary>The shapes of value that cross the process boundary; the byte is what goes on the wire.</summary>
internal enum WireKind : byte
{
    /// <summary>A <see cref="double"/>.</summary>
    Scalar = 0,

    /// <summary>A <c>double[]</c>.</summary>
    Vector = 1,

    /// <summary>A rectangular <c>double[,]</c>.</summary>
    Matrix = 2,

    /// <summary>A <c>Func&lt;double, double&gt;</c>, described by numbers (see <see cref="FunctionFamily"/>).</summary>
    Function = 3,

    /// <summary>A ScottPlot <c>Plot</c> (returned only), sent as the plain data read from it (see <see cref="WirePlot"/>).</summary>
    Plot = 4,
}
