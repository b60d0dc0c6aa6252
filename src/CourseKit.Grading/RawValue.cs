using CourseKit.Grading.Worker.Protocol;

namespace CourseKit.Grading;

/// <summary>
/// A number, vector or matrix as plain doubles in row-major order: what goes into a submission and what
/// comes back. The grader owns these copies, so a submission that mutates its input changes nothing here.
/// </summary>
public sealed class RawValue
{
    private readonly double[] _data;

    private RawValue(ValueKind kind, int rows, int columns, double[] data)
    {
        Kind = kind;
        Rows = rows;
        Columns = columns;
        _data = data;
    }

    /// <summary>Scalar, vector or matrix.</summary>
    public ValueKind Kind { get; }

    /// <summary>Rows of a matrix; 1 for a scalar or vector.</summary>
    public int Rows { get; }

    /// <summary>Columns of a matrix, length of a vector; 1 for a scalar.</summary>
    public int Columns { get; }

    /// <summary>The numbers, row-major.</summary>
    public ReadOnlySpan<double> Data => _data;

    /// <summary>What a returned plot shows; null for every other kind.</summary>
    public PlotData? Plot { get; private init; }

    /// <summary>The value of a scalar.</summary>
    public double Scalar => Kind == ValueKind.Scalar ? _data[0] : throw new InvalidOperationException("not a scalar");

    /// <summary>Wraps a number.</summary>
    public static RawValue FromScalar(double value) => new(ValueKind.Scalar, 1, 1, [value]);

    /// <summary>Copies a vector.</summary>
    public static RawValue FromVector(ReadOnlySpan<double> values) => new(ValueKind.Vector, 1, values.Length, values.ToArray());

    /// <summary>A function, as its family description (see the worker's FunctionFamily).</summary>
    public static RawValue FromFunction(ReadOnlySpan<double> description) => new(ValueKind.Function, 1, description.Length, description.ToArray());

    /// <summary>Copies a matrix.</summary>
    public static RawValue FromMatrix(double[,] values)
    {
        var data = new double[values.Length];
        Buffer.BlockCopy(values, 0, data, 0, data.Length * sizeof(double));
        return new RawValue(ValueKind.Matrix, values.GetLength(0), values.GetLength(1), data);
    }

    /// <summary>A fresh copy of the numbers.</summary>
    public double[] ToArray() => (double[])_data.Clone();

    internal WireValue ToWire() => new((WireKind)Kind, Rows, Columns, ToArray());

    /// <summary>Wraps what was read from a plot.</summary>
    public static RawValue FromPlot(PlotData plot) => new(ValueKind.Plot, 0, 0, []) { Plot = plot };

    internal static RawValue FromWire(WireValue value) => value.Plot is { } plot
        ? FromPlot(PlotData.FromWire(plot))
        : new((ValueKind)value.Kind, value.Rows, value.Columns, value.Data);
}
